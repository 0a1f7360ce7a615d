namespace ArchivePortal.Ingest.Crawling;

/// <summary>How far a crawl has come: URLs answered (including 304), still queued, and what became of them.</summary>
public sealed record CrawlProgress(int Fetched, int Queued, int Added, int Updated, int Unchanged, int Failed);

/// <summary>What a crawl did.</summary>
/// <param name="Finished">True when the frontier is empty; false when --max-pages or cancellation stopped it (the next run resumes).</param>
/// <param name="Unchanged">Pages answered 304, or whose article was the same as last time: nothing re-indexed.</param>
/// <param name="Duplicates">Pages whose article is already stored under another URL.</param>
/// <param name="Skipped">Pages not stored on purpose: robots.txt, content type, noindex, --since, no article.</param>
/// <param name="Listings">Lists of articles: followed for their links, not stored.</param>
/// <param name="NotQueued">Links and sitemap entries left out because the frontier was full (<see cref="CrawlOptions.MaxFrontier"/>).</param>
public sealed record CrawlSummary(
    long RunId, bool Resumed, bool Finished, int Fetched, int NotModified,
    int Added, int Updated, int Unchanged, int Duplicates, int Failed, int Skipped, int Listings, int NotQueued = 0);
