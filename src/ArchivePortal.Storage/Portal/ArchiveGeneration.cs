namespace ArchivePortal.Storage.Portal;

/// <summary>
/// A cheap stamp that changes whenever any process commits to the database: the sizes and write
/// times of the database file and its WAL (every commit appends to the WAL; a checkpoint rewrites
/// the main file). No SQL, so it can be checked on every request; caches compare it to notice an
/// import made by another process, such as the CLI. The search index's reader version is part of
/// it too, since the index catches up with a write a moment after it.
/// </summary>
public sealed class ArchiveGeneration(ArchiveDatabase database, Index.ArchiveIndex? index = null)
{
    public string Current()
    {
        var main = new FileInfo(database.Path);
        var wal = new FileInfo(database.Path + "-wal");
        // The index follows a database write by a moment: a page cached in between must not outlive it.
        return string.Join(':', Stamp(main), Stamp(wal), index?.Version ?? "");
    }

    static string Stamp(FileInfo f)
    {
        f.Refresh();
        return f.Exists ? f.Length + "@" + f.LastWriteTimeUtc.Ticks : "-";
    }
}
