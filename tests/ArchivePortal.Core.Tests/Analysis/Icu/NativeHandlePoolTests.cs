using System.Runtime.InteropServices;
using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class NativeHandlePoolTests
{
    /// <summary>
    /// Counts its own releases: a count shared by every handle would also catch handles of other
    /// tests that the finalizer thread releases meanwhile.
    /// </summary>
    sealed class CountingHandle : SafeHandle
    {
        public int Released;

        public CountingHandle() : base(0, ownsHandle: true) => SetHandle(1);

        public override bool IsInvalid => handle == 0;

        protected override bool ReleaseHandle()
        {
            Interlocked.Increment(ref Released);
            return true;
        }
    }

    [Fact]
    public void Idle_handles_are_bounded_and_the_rest_are_closed()
    {
        var created = 0;
        var pool = new NativeHandlePool<CountingHandle>(() => { created++; return new CountingHandle(); }, capacity: 2);

        var burst = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToList();
        burst.ForEach(pool.Return);

        Assert.Equal(5, created);
        Assert.Equal(2, pool.IdleCount);
        Assert.Equal(3, burst.Sum(h => h.Released));
        Assert.All(burst.Skip(2), h => Assert.True(h.IsClosed)); // the first two returned stay idle

        pool.Dispose();
        Assert.Equal(0, pool.IdleCount);
        Assert.All(burst, h => Assert.Equal(1, h.Released));
    }

    [Fact]
    public void Idle_handles_are_reused()
    {
        var created = 0;
        using var pool = new NativeHandlePool<CountingHandle>(() => { created++; return new CountingHandle(); }, capacity: 2);

        var first = pool.Rent();
        pool.Return(first);

        Assert.Same(first, pool.Rent());
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_handle_returned_after_dispose_is_closed()
    {
        var pool = new NativeHandlePool<CountingHandle>(() => new CountingHandle(), capacity: 2);
        var lent = pool.Rent();

        pool.Dispose();
        pool.Return(lent);

        Assert.True(lent.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }
}
