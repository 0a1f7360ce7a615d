namespace ArchivePortal.Tests.Fuzzing;

/// <summary>
/// Real files to mutate, read in place: the repository's content/ and testdata folders, and the
/// shared data beside the repository (<c>../shared</c>, or <c>ARCHIVE_SHARED_DIR</c>) when it is there.
/// Nothing is copied into the project.
/// </summary>
internal static class FuzzSeeds
{
    /// <summary>Seeds longer than this are cut: the mutations matter, not the bulk, and small inputs run faster.</summary>
    public const int MaxSeedBytes = 16 * 1024;

    public static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir;
        throw new DirectoryNotFoundException($"no ArchivePortal.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The shared data folder, or null when this checkout has none beside it.</summary>
    public static string? SharedDir()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DIR") is { Length: > 0 } configured) return Directory.Exists(configured) ? configured : null;
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot().FullName, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>
    /// The first <see cref="MaxSeedBytes"/> of every file ending in one of <paramref name="extensions"/>
    /// under the repository folders <paramref name="repositoryFolders"/> and the shared folders
    /// <paramref name="sharedFolders"/> (missing folders are skipped), in a stable order.
    /// </summary>
    public static List<byte[]> Files(string[] extensions, string[] repositoryFolders, string[]? sharedFolders = null)
    {
        var roots = repositoryFolders.Select(f => Path.Combine(RepositoryRoot().FullName, f)).ToList();
        if (SharedDir() is { } shared) roots.AddRange((sharedFolders ?? []).Select(f => Path.Combine(shared, f)));
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(path => extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(Head)
            .ToList();
    }

    static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, MaxSeedBytes)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>The queries of the shared evaluation sets (their <c>text:</c> lines), or none without the shared data.</summary>
    public static List<string> EvalQueries()
    {
        if (SharedDir() is not { } shared || !Directory.Exists(Path.Combine(shared, "eval"))) return [];
        return Directory.EnumerateFiles(Path.Combine(shared, "eval"), "queries.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("text:", StringComparison.Ordinal))
            .Select(line => line["text:".Length..].Trim().Trim('"'))
            .ToList();
    }
}
