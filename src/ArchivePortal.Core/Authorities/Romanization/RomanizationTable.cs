using System.Reflection;

namespace ArchivePortal.Core.Authorities.Romanization;

/// <summary>
/// Reads a table embedded in this assembly: one entry a line, key and value separated by a tab,
/// lines starting with # are its header (where the data came from, under which licence).
/// </summary>
static class RomanizationTable
{
    public static Dictionary<string, string> Load(string fileName)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(RomanizationTable).Assembly.GetManifestResourceStream(ResourceName(fileName))
            ?? throw new InvalidOperationException($"The embedded table {fileName} is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab > 0) table[line[..tab]] = line[(tab + 1)..];
        }
        return table;
    }

    static string ResourceName(string fileName) => "ArchivePortal.Core.Authorities.Romanization." + fileName;
}
