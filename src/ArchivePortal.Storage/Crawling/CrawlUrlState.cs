namespace ArchivePortal.Storage.Crawling;

/// <summary>Where a URL stands in the crawl.</summary>
public enum CrawlUrlStatus
{
    /// <summary>In the frontier: to be fetched by the current run.</summary>
    Queued,
    /// <summary>Fetched (or answered 304) and handled; its record, if any, is written.</summary>
    Done,
    /// <summary>Could not be fetched or read; <see cref="CrawlUrlState.ErrorCode"/> says why.</summary>
    Failed,
    /// <summary>Deliberately not fetched or not stored (robots.txt, content type, --since); the code says why.</summary>
    Skipped,
}

/// <summary>One URL's row of crawl state: what the last fetch found, and the validators for the next one.</summary>
public sealed record CrawlUrlState
{
    public required string Url { get; init; }
    public required string Host { get; init; }
    public int Depth { get; init; }
    public CrawlUrlStatus Status { get; init; } = CrawlUrlStatus.Queued;
    public long RunId { get; init; }
    public int? HttpStatus { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Hash of the extracted article (title and text), to tell a changed article from a changed page.</summary>
    public string? ContentHash { get; init; }
    public DateTimeOffset? LastFetch { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorDetail { get; init; }
    /// <summary>The record this URL's article is stored as (shared by duplicates).</summary>
    public string? RecordId { get; init; }
    public string? CanonicalUrl { get; init; }
}

/// <summary>A crawl run: started with some URLs; unfinished until its frontier is empty.</summary>
public sealed record CrawlRun(long Id, string StartUrls, bool Resumed);

/// <summary>A URL whose last fetch failed or was skipped, as <c>archive crawl-report</c> lists it.</summary>
public sealed record CrawlFailure(string Url, string Status, string ErrorCode, int? HttpStatus, string? Detail, DateTimeOffset? LastFetch);

/// <summary>A URL to add to the frontier.</summary>
public sealed record FrontierUrl(string Url, string Host, int Depth);
