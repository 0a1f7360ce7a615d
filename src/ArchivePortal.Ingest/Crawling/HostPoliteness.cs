using System.Collections.Concurrent;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Spaces the requests to each host and bounds the requests in flight. One request at a time per host, and
/// the next starts no sooner than the host's delay after the previous one ended — measured from the end, so
/// that a slow server gets more rest, not less. The delay is the configured one or the host's robots.txt
/// Crawl-delay, whichever is longer; a Retry-After pushes the host's next request later still.
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
            var until = time.GetUtcNow() + wait;
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
            while ((wait = state.NextAllowed() - time.GetUtcNow()) > TimeSpan.Zero)
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
        lock (state) state.LastEnd = time.GetUtcNow();
        inFlight.Release();
        state.Gate.Release();
    }

    sealed class HostState
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        // Read when the next request waits, so that a Crawl-delay learnt from robots.txt spaces the very next request too.
        public TimeSpan Delay { get; set; }
        public DateTimeOffset? LastEnd { get; set; }
        public DateTimeOffset DeferredUntil { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset NextAllowed()
        {
            lock (this)
            {
                var spaced = LastEnd is { } end ? end + Delay : DateTimeOffset.MinValue;
                return spaced > DeferredUntil ? spaced : DeferredUntil;
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
