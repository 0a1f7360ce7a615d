using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// Lucene's write lock as an exclusive lock on a file, held by one process of the machine at a time
/// and let go by the operating system when that process ends, however it ends.
///
/// Why not Lucene.Net's <see cref="NativeFSLockFactory"/>: on Linux it opens the lock file with
/// <see cref="FileShare.Read"/>, which .NET maps to a shared <c>flock</c>, so a second process obtains
/// the same lock; two writers then delete each other's new files. <see cref="FileShare.None"/> is an
/// exclusive <c>flock</c>. The file stays after release: deleting it would let a process that opened
/// the old file and one that creates a new one both hold "the" lock.
/// </summary>
public sealed class ExclusiveLockFactory : FSLockFactory
{
    public ExclusiveLockFactory(string directory) => SetLockDir(new DirectoryInfo(directory));

    public override Lock MakeLock(string lockName) => new ExclusiveFileLock(FileOf(lockName));

    /// <summary>Nothing to clear: a lock is only ever its holder's open file, gone when the holder is.</summary>
    public override void ClearLock(string lockName) { }

    string FileOf(string lockName) => Path.Combine(LockDir.FullName, m_lockPrefix is null ? lockName : $"{m_lockPrefix}-{lockName}");

    sealed class ExclusiveFileLock(string path) : Lock
    {
        readonly System.Threading.Lock sync = new();
        FileStream? held;

        public override bool Obtain()
        {
            lock (sync)
            {
                if (held is not null) return false;
                try
                {
                    held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return true;
                }
                catch (IOException e)
                {
                    FailureReason = e; // held by another process (or another lock of this one)
                    return false;
                }
            }
        }

        public override bool IsLocked()
        {
            lock (sync)
            {
                if (held is not null) return true;
                try
                {
                    using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
                    return false;
                }
                catch (FileNotFoundException) { return false; }
                catch (DirectoryNotFoundException) { return false; }
                catch (IOException) { return true; }
            }
        }

        protected override void Dispose(bool disposing)
        {
            lock (sync)
            {
                held?.Dispose();
                held = null;
            }
        }

        public override string ToString() => $"{nameof(ExclusiveLockFactory)}@{path}";
    }
}
