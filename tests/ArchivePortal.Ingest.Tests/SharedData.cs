using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Tests;

/// <summary>
/// Locates the shared test data (seeds, eval collection) that lives beside the repository, not in it:
/// the folder <c>../shared</c> next to the one holding ArchivePortal.sln, or <c>ARCHIVE_SHARED_DIR</c>.
/// </summary>
public static class SharedData
{
    static readonly Lazy<string> Root = new(Locate);

    public static string Dir => Root.Value;

    public static string Seeds => Path.Combine(Dir, "seeds");

    public static string DevDocs => Path.Combine(Dir, "eval", "dev", "docs");

    public static string DevRaw => Path.Combine(Dir, "eval", "dev", "raw");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>A hand-made odd input from this project's testdata folder (read in place; the project file copies nothing).</summary>
    public static string TestData(string name) =>
        Path.Combine(RepositoryRoot().FullName, "tests", "ArchivePortal.Ingest.Tests", "testdata", name);

    /// <summary>Paragraphs split at blank lines, whitespace inside each collapsed: how bodies are compared.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        [.. Regex.Split(text.Trim(), @"\n\s*\n").Select(p => Regex.Replace(p, @"\s+", " ").Trim()).Where(p => p.Length > 0)];

    /// <summary>The Markdown body of an eval doc (the text after its front matter).</summary>
    public static string MarkdownBody(string id)
    {
        var text = File.ReadAllText(Path.Combine(DevDocs, id + ".md"));
        var parts = text.Split("---\n", 3);
        return parts[2];
    }

    static string Locate()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DIR") is { Length: > 0 } configured)
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"ARCHIVE_SHARED_DIR={configured} does not exist");
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot().FullName, "..", "shared"));
        return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"no shared test data at {shared}; set ARCHIVE_SHARED_DIR");
    }

    internal static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir;
        throw new DirectoryNotFoundException($"no ArchivePortal.sln above {AppContext.BaseDirectory}");
    }
}
