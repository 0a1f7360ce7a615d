namespace ArchivePortal.Storage.Portal;

/// <summary>
/// A cheap stamp that changes whenever any process commits to the database: the sizes and write
/// times of the database file and its WAL (every commit appends to the WAL; a checkpoint rewrites
/// the main file). No SQL, so it can be checked on every request; caches compare it to notice an
/// import made by another process, such as the CLI.
/// </summary>
public sealed class ArchiveGeneration(ArchiveDatabase database)
{
    public string Current()
    {
        var main = new FileInfo(database.Path);
        var wal = new FileInfo(database.Path + "-wal");
        return string.Join(':', Stamp(main), Stamp(wal));
    }

    static string Stamp(FileInfo f)
    {
        f.Refresh();
        return f.Exists ? f.Length + "@" + f.LastWriteTimeUtc.Ticks : "-";
    }
}
