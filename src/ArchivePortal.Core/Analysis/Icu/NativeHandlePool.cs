using System.Runtime.InteropServices;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// Lends ICU objects out one caller at a time, because break iterators and transliterators
/// keep per-text state and must not be shared between threads. A pool rather than one per
/// thread: thread-pool threads come and go, and per-thread handles would pile up until their
/// finalizers ran. At most <c>capacity</c> idle handles are kept; extra ones made during a
/// burst are closed when returned, so the count of open handles follows the real concurrency.
/// </summary>
internal sealed class NativeHandlePool<THandle>(Func<THandle> create, int capacity) : IDisposable
    where THandle : SafeHandle
{
    readonly Stack<THandle> idle = new();
    bool disposed;

    /// <summary>Idle handles ready to lend; for tests of the bound.</summary>
    public int IdleCount
    {
        get { lock (idle) return idle.Count; }
    }

    public THandle Rent()
    {
        lock (idle)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (idle.Count > 0) return idle.Pop();
        }

        // Opening can take a while (rules, dictionaries); do it outside the lock.
        return create();
    }

    public void Return(THandle handle)
    {
        lock (idle)
        {
            if (!disposed && idle.Count < capacity)
            {
                idle.Push(handle);
                return;
            }
        }

        handle.Dispose();
    }

    public void Dispose()
    {
        lock (idle)
        {
            disposed = true;
            while (idle.Count > 0) idle.Pop().Dispose();
        }
    }

    /// <summary>A pool size that covers every core without keeping handles for rare bursts.</summary>
    public static int DefaultCapacity => Math.Max(4, Environment.ProcessorCount * 2);
}
