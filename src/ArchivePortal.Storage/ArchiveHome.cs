namespace ArchivePortal.Storage;

/// <summary>
/// The folder that relative data paths in configuration are taken from, one rule for the portal
/// and the command line: the nearest folder at or above the working directory that holds the
/// portal's <c>wwwroot/</c> (a checkout), else the nearest at or above the program's own folder
/// (a build inside a checkout, run from anywhere), else the program's folder (a published portal
/// has wwwroot/ beside it), else the working directory (a command line published elsewhere).
/// So <c>index-data/archive.db</c> is the same file whichever folder a command is run from.
/// </summary>
public static class ArchiveHome
{
    /// <summary>The file that marks the portal's web root (any checkout or published portal has it).</summary>
    const string Marker = "portal.css";

    static readonly Lazy<string> folder = new(Locate);

    public static string Folder => folder.Value;

    /// <summary><paramref name="path"/> itself when rooted, else taken from <see cref="Folder"/>.</summary>
    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Folder, path));

    static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "wwwroot", Marker))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
