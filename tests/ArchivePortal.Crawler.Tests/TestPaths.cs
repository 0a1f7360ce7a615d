namespace ArchivePortal.Crawler.Tests;

/// <summary>Where the test data and the built `archive` command are, found from the repository root.</summary>
public static class TestPaths
{
    public static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir;
        throw new DirectoryNotFoundException($"no ArchivePortal.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>This project's testdata folder (read in place; the project file copies nothing).</summary>
    public static string TestData(params string[] parts) =>
        Path.Combine([RepositoryRoot().FullName, "tests", "ArchivePortal.Crawler.Tests", "testdata", .. parts]);

    /// <summary>
    /// archive.dll as the CLI project built it, with its own dependencies beside it. The copy beside
    /// this test assembly lacks the packages the web test host provides from the ASP.NET Core
    /// framework (Lucene.Net needs Microsoft.Extensions.Configuration.Abstractions), so it is the fallback.
    /// </summary>
    public static string ArchiveDll()
    {
        // Configuration and framework of this test run: .../tests/X/bin/<Configuration>/<tfm>/
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var cli = Path.Combine(RepositoryRoot().FullName, "src", "ArchivePortal.Cli", "bin", tfm.Parent!.Name, tfm.Name, "archive.dll");
        if (File.Exists(cli)) return cli;
        var beside = Path.Combine(AppContext.BaseDirectory, "archive.dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("the archive command is not built", cli);
    }

    public static string TempDatabase() =>
        Path.Combine(Path.GetTempPath(), "archive-crawl-tests", Guid.NewGuid().ToString("N"), "archive.db");
}
