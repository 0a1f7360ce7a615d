using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// The crawl's queue of URLs to fetch, kept under <see cref="CrawlOptions.MaxFrontier"/>: a site of endless links or
/// sitemaps cannot grow it without bound. What does not fit is left out, not remembered; a later crawl finds it again
/// once the queue has drained.
/// </summary>
internal sealed class Frontier(CrawlStateStore state, IReadOnlyCollection<string> hosts, int maxQueued, long runId)
{
    int notQueued;

    /// <summary>
    /// URLs offered and left out because the frontier was full: some may have been known already, and a sitemap
    /// is not read past its first batch that did not fit, so its unread entries are not counted.
    /// </summary>
    public int NotQueued => Volatile.Read(ref notQueued);

    public int MaxQueued => maxQueued;

    /// <summary>Queues as many of <paramref name="urls"/> as there is room for; false when some were left out.</summary>
    public bool Add(IReadOnlyList<FrontierUrl> urls)
    {
        if (urls.Count == 0) return true;
        // Counted before each batch, not per URL: pages in flight may overshoot the limit by one batch each.
        var room = maxQueued - state.QueuedCount(hosts);
        if (room >= urls.Count)
        {
            state.Enqueue(urls, runId);
            return true;
        }
        if (room > 0) state.Enqueue(urls.Take(room).ToList(), runId);
        Interlocked.Add(ref notQueued, urls.Count - Math.Max(room, 0));
        return false;
    }
}
