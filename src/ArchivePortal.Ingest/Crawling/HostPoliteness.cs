using System.Collections.Concurrent;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Spaces the requests to each host and bounds the requests in flight. One request at a time per host, and
/// the next starts no sooner than the host's delay after the previous one ended — measured from the end, so
/// that a slow server gets more rest, not less. The delay is the configured one or the host's robots.txt
/// Crawl-delay, whichever is longer; a Retry-After pushes the host's next request later still.
/// Times are read from the monotonic clock (<see cref="TimeProvider.GetTimestamp"/>): the wall clock is
/// slewed while it is corrected (chrony by up to 8 %), which once put two requests 99.8 ms apart
/// under a 100 ms Crawl-delay.
/// </summary>
public sealed class HostPoliteness(TimeSpan delay, int concurrency, TimeProvider? clock = null)
{
    readonly TimeProvider time = clock ?? TimeProvider.System;
    readonly SemaphoreSlim inFlight = new(Math.Max(1, concurrency));
    readonly ConcurrentDictionary<string, HostState> hosts = new();

    /// <summary>The delay used for <paramref name="host"/>: never below the configured one.</summary>
    public TimeSpan DelayFor(string host) => State(host).Delay;

    /// <summary>Applies a robots.txt Crawl-delay to <paramref name="host"/> when it is longer than the configured delay.</summary>
    public void SetCrawlDelay(string host, TimeSpan? crawlDelay)
    {
        var state = State(host);
        state.Delay = crawlDelay is { } d && d > delay ? d : delay;
    }

    /// <summary>No request to <paramref name="host"/> before <paramref name="wait"/> from now (Retry-After).</summary>
    public void Defer(string host, TimeSpan wait)
    {
        var state = State(host);
        lock (state)
        {
            var until = time.GetTimestamp() + (long)(wait.TotalSeconds * time.TimestampFrequency);
            if (until > state.DeferredUntil) state.DeferredUntil = until;
        }
    }

    /// <summary>Waits for the host's turn; dispose the result when the response has been read.</summary>
    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancel)
    {
        var state = State(host);
        await state.Gate.WaitAsync(cancel);
        try
        {
            TimeSpan wait;
            while ((wait = state.Wait(time)) > TimeSpan.Zero)
                await Task.Delay(wait, time, cancel);
            await inFlight.WaitAsync(cancel);
        }
        catch
        {
            state.Gate.Release();
            throw;
        }
        return new Turn(this, state);
    }

    HostState State(string host) => hosts.GetOrAdd(host, _ => new HostState { Delay = delay });

    void Release(HostState state)
    {
        lock (state) state.LastEnd = time.GetTimestamp();
        inFlight.Release();
        state.Gate.Release();
    }

    sealed class HostState
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        // Read when the next request waits, so that a Crawl-delay learnt from robots.txt spaces the very next request too.
        public TimeSpan Delay { get; set; }
        /// <summary>When the last request ended (a <see cref="TimeProvider"/> timestamp), null before the first.</summary>
        public long? LastEnd { get; set; }

        /// <summary>No request before this timestamp (Retry-After).</summary>
        public long DeferredUntil { get; set; } = long.MinValue;

        /// <summary>How long the next request must still wait: zero or less when it may go now.</summary>
        public TimeSpan Wait(TimeProvider time)
        {
            lock (this)
            {
                long now = time.GetTimestamp();
                var wait = LastEnd is { } end ? Delay - time.GetElapsedTime(end, now) : TimeSpan.Zero;
                if (DeferredUntil > now && time.GetElapsedTime(now, DeferredUntil) is var deferred && deferred > wait) wait = deferred;
                return wait;
            }
        }
    }

    sealed class Turn(HostPoliteness owner, HostState state) : IDisposable
    {
        int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Release(state);
        }
    }
}
