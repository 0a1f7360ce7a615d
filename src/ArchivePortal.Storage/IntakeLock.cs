namespace ArchivePortal.Storage;

/// <summary>
/// One import, crawl or reindex at a time per archive, across processes: an exclusive lock on a
/// file beside the database (<c>archive.db</c> → <c>archive.db.intake-lock</c>), let go by the
/// operating system when its holder ends, however it ends.
///
/// Why whole runs and not transactions: a run reads which records exist and keeps the authorities
/// it found (provisional persons) in memory between its batches. Two runs side by side each miss
/// what the other wrote: both insert the same id (a UNIQUE failure), and names the other filed
/// as provisional are not matched (fewer links than the same imports one after the other). A run
/// takes the lock before it opens the archive, so it starts from everything the previous one wrote.
/// </summary>
public sealed class IntakeLock : IDisposable
{
    readonly FileStream held;

    IntakeLock(FileStream held) => this.held = held;

    public static string PathFor(string databasePath) => System.IO.Path.GetFullPath(databasePath) + ".intake-lock";

    /// <summary>
    /// Takes the lock, waiting while another process holds it; <paramref name="waiting"/> is told
    /// once, with a sentence to show, when it has to wait.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public static IntakeLock Acquire(string databasePath, Action<string>? waiting = null, CancellationToken cancel = default)
    {
        bool told = false;
        while (true)
        {
            if (TryAcquire(databasePath) is { } taken) return taken;
            if (!told)
            {
                waiting?.Invoke($"Another import, crawl or reindex is writing to {System.IO.Path.GetFullPath(databasePath)}; waiting for it to finish.");
                told = true;
            }
            cancel.WaitHandle.WaitOne(250);
            cancel.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The lock when no other process holds it, else null.</summary>
    public static IntakeLock? TryAcquire(string databasePath)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return TryTake(path) is { } taken ? new IntakeLock(taken) : null;
    }

    static FileStream? TryTake(string path)
    {
        // FileShare.None is an exclusive flock on Linux (see ExclusiveLockFactory); the file stays
        // after release, so that no two processes ever lock two different files of one name.
        try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException) { return null; }
    }

    public void Dispose() => held.Dispose();
}
