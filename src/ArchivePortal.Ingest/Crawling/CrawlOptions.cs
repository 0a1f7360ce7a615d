namespace ArchivePortal.Ingest.Crawling;

/// <summary>Which links a crawl follows.</summary>
public enum CrawlScopeKind
{
    /// <summary>Every page on the hosts of the start URLs.</summary>
    Host,
    /// <summary>Only pages under the start URLs' folders (https://lib.example/news/ → /news/…).</summary>
    Prefix,
}

/// <summary>How a crawl behaves. The defaults are polite for a real site; tests shorten the times.</summary>
public sealed record CrawlOptions
{
    public CrawlScopeKind Scope { get; init; } = CrawlScopeKind.Host;

    /// <summary>At most this many URLs handled by one invocation; the rest stays queued for the next.</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>The least time between two requests to one host (robots.txt Crawl-delay can only make it longer).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight at once over all hosts; one host never gets more than one at a time.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Articles dated before this are not stored, and sitemap entries last modified before it are not queued.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Time for one request, from sending to the last byte of the body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Pages larger than this are not read (the body is read in pieces and abandoned past it).</summary>
    public long MaxPageBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a 429, a 5xx or a network error (not after a timeout: a slow page stays slow).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's wait; each further retry waits twice as long, unless Retry-After says otherwise.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After longer than this is not waited for: the URL fails as rate_limited and the next crawl tries again.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most URLs queued at once; links and sitemap entries past it are left out (a later crawl finds them again).
    /// The queue is in the database, but a site of endless links would otherwise grow it without bound.
    /// </summary>
    public int MaxFrontier { get; init; } = 100_000;

    /// <summary>The most pages taken from one host's sitemaps (each file may list 50,000; an index may list 50,000 files).</summary>
    public int MaxSitemapUrls { get; init; } = 50_000;

    /// <summary>The most sitemap files read per host, indexes included.</summary>
    public int MaxSitemapFiles { get; init; } = 100;

    /// <summary>How many sitemap indexes deep discovery follows (sitemaps.org allows one; some sites nest two).</summary>
    public int MaxSitemapDepth { get; init; } = 2;

    /// <summary>Unzipped bytes read from one sitemap file (the sitemaps.org limit); a gzip bomb stops here.</summary>
    public long MaxSitemapBytes { get; init; } = SitemapReader.MaxUncompressedBytes;

    /// <summary>How many links away from a start URL or sitemap entry a crawl goes.</summary>
    public int MaxDepth { get; init; } = 10;

    /// <summary>Where a site operator learns about the bot and how to reach its operator; part of the User-Agent.</summary>
    public string? ContactUrl { get; init; }

    public string UserAgent => ContactUrl is { Length: > 0 } contact
        ? $"{RobotsRules.UserAgentToken}/1.0 (+{contact})"
        : $"{RobotsRules.UserAgentToken}/1.0";
}
