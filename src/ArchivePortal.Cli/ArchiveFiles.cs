namespace ArchivePortal.Cli;

/// <summary>
/// The files an archive occupies: the SQLite database with its -wal and -shm files, and the
/// search index in a directory beside it (<c>X/archive.db</c> → <c>X/archive.index/</c>).
/// </summary>
internal static class ArchiveFiles
{
    /// <summary>The search index directory of a database: <c>Path.ChangeExtension(dbPath, ".index")</c>.</summary>
    public static string IndexDirectory(string dbPath) => Path.ChangeExtension(dbPath, ".index");

    /// <summary>The database, its -wal and -shm files and the index directory (whether they exist or not).</summary>
    public static IReadOnlyList<string> Paths(string dbPath) =>
        [dbPath, dbPath + "-wal", dbPath + "-shm", IndexDirectory(dbPath)];

    /// <summary>
    /// Bytes of the database file, its -wal and -shm files and every file under the index
    /// directory (file lengths; missing files count as 0).
    /// </summary>
    public static long SizeOnDiskBytes(string dbPath)
    {
        long total = 0;
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            total += LengthOrZero(new FileInfo(file));
        var index = new DirectoryInfo(IndexDirectory(dbPath));
        if (index.Exists)
            foreach (var file in index.EnumerateFiles("*", SearchOption.AllDirectories))
                total += LengthOrZero(file);
        return total;
    }

    /// <summary>True when the index directory exists and holds at least one file.</summary>
    public static bool IndexHasFiles(string dbPath)
    {
        var index = new DirectoryInfo(IndexDirectory(dbPath));
        return index.Exists && index.EnumerateFiles("*", SearchOption.AllDirectories).Any();
    }

    static long LengthOrZero(FileInfo file)
    {
        try { return file.Exists ? file.Length : 0; }
        catch (FileNotFoundException) { return 0; } // deleted between the listing and the look (a merge, a checkpoint)
    }
}
