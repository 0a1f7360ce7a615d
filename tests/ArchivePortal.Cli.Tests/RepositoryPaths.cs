namespace ArchivePortal.Cli.Tests;

/// <summary>Finds the repository (the folder with ArchivePortal.sln) and ../shared beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The shared folder: $ARCHIVE_SHARED_DIR, else ../shared next to the repository; null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DIR");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArchivePortal.sln not found above " + AppContext.BaseDirectory);
    }
}
