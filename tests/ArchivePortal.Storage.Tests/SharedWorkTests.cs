using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>A search's parts shared by its own thread and a helper: each part once, failures reported, nothing left running.</summary>
public class SharedWorkTests
{
    sealed class Hand(string name)
    {
        public string Name { get; } = name;
        public List<int> Parts { get; } = [];
    }

    [Fact]
    public void Every_part_is_done_once_by_one_of_the_two_threads()
    {
        var caller = new Hand("caller");
        var done = new int[40];
        var helper = SharedWork.Run(done.Length, caller, () => new Hand("helper"), (hand, part) =>
        {
            Interlocked.Increment(ref done[part]);
            lock (hand) hand.Parts.Add(part);
            Thread.SpinWait(20_000); // work enough for a second thread to join
        });
        Assert.All(done, count => Assert.Equal(1, count));
        Assert.Equal(done.Length, caller.Parts.Count + (helper?.Parts.Count ?? 0));
        // Each thread takes parts in increasing order: a scorer only moves forward.
        Assert.Equal(caller.Parts.Order(), caller.Parts);
        if (helper is not null) Assert.Equal(helper.Parts.Order(), helper.Parts);
    }

    [Fact]
    public void Two_threads_work_at_once_when_a_core_is_free()
    {
        if (Environment.ProcessorCount < 2) return;
        // Part 0 waits for another part to begin: only a second thread can begin it.
        using var second = new ManualResetEventSlim();
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        SharedWork.Run(2, part =>
        {
            threads[part] = Environment.CurrentManagedThreadId;
            if (part == 0) Assert.True(second.Wait(TimeSpan.FromSeconds(30)), "no second thread took part 1 while part 0 ran");
            else second.Set();
        });
        Assert.NotEqual(threads[0], threads[1]);
    }

    [Fact]
    public void A_failing_part_is_reported_to_the_caller_after_the_helper_stopped()
    {
        int running = 0, started = 0;
        var failure = Assert.Throws<InvalidOperationException>(() => SharedWork.Run(20, part =>
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            try
            {
                Thread.SpinWait(50_000);
                if (part == 3) throw new InvalidOperationException("part 3 failed");
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }));
        Assert.Equal("part 3 failed", failure.Message);
        // Nothing still reads what the caller is about to let go (the index reader).
        Assert.Equal(0, Volatile.Read(ref running));
        Assert.True(started < 20, $"all {started} parts ran after part 3 failed");
    }
}
