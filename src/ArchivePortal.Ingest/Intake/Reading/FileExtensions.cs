namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>Extension checks shared by the readers (case-insensitive: Windows users write .HTML and .Md).</summary>
internal static class FileExtensions
{
    /// <summary>True when <paramref name="path"/> ends with one of <paramref name="extensions"/> (given with the dot).</summary>
    public static bool Has(string path, IReadOnlyList<string> extensions)
    {
        var extension = Path.GetExtension(path);
        return extensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A record id from a file name: the name without its extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);
}
