namespace ArchivePortal.Ingest.Crawling;

/// <summary>The running counts of a crawl, incremented from concurrent page tasks.</summary>
internal sealed class CrawlCounters
{
    public int Fetched, NotModified, Added, Updated, Unchanged, Duplicates, Failed, Skipped, Listings;

    public CrawlProgress Progress(int queued) =>
        new(Volatile.Read(ref Fetched), queued, Volatile.Read(ref Added), Volatile.Read(ref Updated),
            Volatile.Read(ref Unchanged) + Volatile.Read(ref Duplicates), Volatile.Read(ref Failed));

    public CrawlSummary Summary(long runId, bool resumed, bool finished, int notQueued) =>
        new(runId, resumed, finished, Fetched, NotModified, Added, Updated, Unchanged, Duplicates, Failed, Skipped, Listings, notQueued);
}
