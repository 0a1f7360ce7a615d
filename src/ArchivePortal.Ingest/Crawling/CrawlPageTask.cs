using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Decoding;
using ArchivePortal.Storage.Crawling;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Fetches, reads and stores one queued URL of a crawl run, and records what became of it: the page's links join
/// the frontier, its article becomes a record unless the same article is already stored (unchanged since the last
/// fetch, the same text under another URL, or the canonical page's own copy), and its state row gets the new
/// validators, or the error code of what went wrong.
/// </summary>
internal sealed class CrawlPageTask(
    IArchiveStore store, CrawlStateStore state, CrawlOptions options, PageFetcher fetcher, CrawlScope scope,
    IReadOnlyDictionary<string, RobotsRules> robots, Frontier frontier, long runId)
{
    /// <summary>A page whose text is mostly link text is a list of articles, not an article.</summary>
    const double ListingLinkShare = 0.5;

    // Checking for a duplicate and writing the record must not interleave between two pages of the same article.
    readonly SemaphoreSlim writer = new(1, 1);

    public CrawlCounters Counters { get; } = new();

    public bool MayQueue(Uri url) => scope.Contains(url) && Robots(url).IsAllowed(url);

    RobotsRules Robots(Uri url) => robots.GetValueOrDefault(CrawlScope.HostKey(url), RobotsRules.Unavailable);

    string? RefuseRedirect(Uri next) =>
        !scope.Contains(next) ? "outside the crawl's scope" : !Robots(next).IsAllowed(next) ? "disallowed by robots.txt" : null;

    static bool IsPage(string? mediaType) => mediaType is null or "text/html" or "application/xhtml+xml" or "text/plain";

    public async Task RunAsync(CrawlUrlState entry, CancellationToken cancel)
    {
        var url = new Uri(entry.Url);
        var now = DateTimeOffset.UtcNow;
        var visited = entry with { RunId = runId, LastFetch = now, ErrorCode = null, ErrorDetail = null };
        if (Robots(url) == RobotsRules.Unavailable)
        {
            Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = IntakeErrorCodes.RobotsUnavailable, ErrorDetail = "robots.txt could not be read; the host is not crawled", LastFetch = entry.LastFetch }, ref Counters.Failed);
            return;
        }
        if (!Robots(url).IsAllowed(url))
        {
            Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = IntakeErrorCodes.RobotsDisallowed, ErrorDetail = "disallowed by robots.txt", LastFetch = entry.LastFetch }, ref Counters.Skipped);
            return;
        }
        // Validators only help when the last fetch left something stored; otherwise a 304 would leave nothing.
        var validators = entry.ContentHash is not null ? new Validators(entry.ETag, entry.LastModified) : null;
        var result = await fetcher.FetchAsync(url, validators is { IsEmpty: false } ? validators : null, RefuseRedirect, IsPage, cancel);
        Interlocked.Increment(ref Counters.Fetched);
        visited = visited with { HttpStatus = result.HttpStatus };
        switch (result.Outcome)
        {
            case FetchOutcome.NotModified:
                Interlocked.Increment(ref Counters.NotModified);
                Save(visited with { Status = CrawlUrlStatus.Done }, ref Counters.Unchanged);
                return;
            case FetchOutcome.Failed when result.ErrorCode == IntakeErrorCodes.UnsupportedContentType:
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = result.ErrorCode, ErrorDetail = result.ErrorDetail }, ref Counters.Skipped);
                return;
            case FetchOutcome.Failed:
                Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = result.ErrorCode, ErrorDetail = result.ErrorDetail }, ref Counters.Failed);
                return;
        }
        visited = visited with { ETag = result.ETag, LastModified = result.LastModified };
        await StorePageAsync(visited, result, cancel);
    }

    async Task StorePageAsync(CrawlUrlState visited, FetchResult result, CancellationToken cancel)
    {
        var pageUrl = result.Url;
        if (pageUrl.AbsoluteUri != visited.Url && state.Get(pageUrl.AbsoluteUri) is { Status: CrawlUrlStatus.Done } target && target.RunId == runId)
        {
            // Redirected to a page this run already handled: point at its record, fetch nothing more.
            Save(visited with { Status = CrawlUrlStatus.Done, RecordId = target.RecordId, ContentHash = target.ContentHash, CanonicalUrl = pageUrl.AbsoluteUri }, ref Counters.Duplicates);
            return;
        }
        var isHtml = result.MediaType is not "text/plain";
        var decoded = CharsetDecoder.Decode(result.Body!, result.Charset, isHtml, detect: true);
        if (decoded.Decoded is not { } text)
        {
            Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = decoded.FailureCode, ErrorDetail = decoded.FailureDetail }, ref Counters.Failed);
            return;
        }
        var page = CrawledPage.Read(pageUrl, text.Text, isHtml);
        if (page.Links is { } links)
        {
            if (links.Refusal is { } refused)
            {
                Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = refused.Code, ErrorDetail = refused.Detail }, ref Counters.Failed);
                return;
            }
            if (visited.Depth < options.MaxDepth)
                frontier.Add(links.Links.Where(MayQueue).Select(u => new FrontierUrl(u.AbsoluteUri, CrawlScope.HostKey(u), visited.Depth + 1)).ToList());
            if (links.NoIndex)
            {
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = IntakeErrorCodes.NoIndex, ErrorDetail = "<meta name=robots content=noindex>" }, ref Counters.Skipped);
                return;
            }
            if (links.LinkTextShare > ListingLinkShare)
            {
                // A list of articles: followed for its links, not stored. Not a failure either.
                Save(visited with { Status = CrawlUrlStatus.Done, ContentHash = null, RecordId = null }, ref Counters.Listings);
                return;
            }
        }
        var article = page.Article();
        if (article.Record is not { } record)
        {
            if (article.ErrorCode is IntakeErrorCodes.NoArticle)
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = IntakeErrorCodes.NoArticle, ErrorDetail = article.ErrorDetail }, ref Counters.Skipped);
            else
                Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = article.ErrorCode, ErrorDetail = article.ErrorDetail }, ref Counters.Failed);
            return;
        }
        if (article.CanonicalUrl is { } canonical && MayQueue(canonical))
            frontier.Add([new FrontierUrl(canonical.AbsoluteUri, CrawlScope.HostKey(canonical), visited.Depth + 1)]);
        if (options.Since is { } since && record.Date < since)
        {
            Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = IntakeErrorCodes.OlderThanSince, ErrorDetail = $"dated {record.Date:yyyy-MM-dd}" }, ref Counters.Skipped);
            return;
        }
        await writer.WaitAsync(cancel);
        try
        {
            var done = visited with { Status = CrawlUrlStatus.Done, ContentHash = article.ContentHash, CanonicalUrl = article.CanonicalUrl?.AbsoluteUri };
            var saved = Write(visited, record, article, pageUrl);
            Save(done with { RecordId = saved.RecordId }, ref saved.Counter(Counters));
            if (pageUrl.AbsoluteUri != visited.Url) // the redirect target is handled too, so it is not fetched again
                state.Save(done with { Url = pageUrl.AbsoluteUri, Host = CrawlScope.HostKey(pageUrl), RecordId = saved.RecordId });
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>Writes the record unless it is already stored: unchanged since the last fetch, the same text under another URL, or the canonical page's own copy.</summary>
    WriteOutcome Write(CrawlUrlState previous, ArchiveRecord record, CrawledArticle article, Uri pageUrl)
    {
        if (previous.ContentHash == article.ContentHash && previous.RecordId is not null)
            return new WriteOutcome(previous.RecordId, WriteKind.Unchanged);
        if (state.RecordWithContentHash(article.ContentHash!, previous.Url) is { } same && same != record.Id)
            return new WriteOutcome(same, WriteKind.Duplicate);
        // A copy that names another URL as canonical (a print view) does not overwrite the canonical page's record.
        if (article.CanonicalUrl is { } canonical && canonical != pageUrl && store.Get(record.Id) is not null)
            return new WriteOutcome(record.Id, WriteKind.Duplicate);
        var summary = store.Upsert([record]);
        return new WriteOutcome(record.Id, summary.Added > 0 ? WriteKind.Added : summary.Updated > 0 ? WriteKind.Updated : WriteKind.Unchanged);
    }

    void Save(CrawlUrlState row, ref int counter)
    {
        state.Save(row);
        Interlocked.Increment(ref counter);
    }
}

internal enum WriteKind { Added, Updated, Unchanged, Duplicate }

/// <summary>Which record a page's article is stored as, and whether writing it added, updated or changed nothing.</summary>
internal sealed record WriteOutcome(string RecordId, WriteKind Kind)
{
    public ref int Counter(CrawlCounters c)
    {
        switch (Kind)
        {
            case WriteKind.Added: return ref c.Added;
            case WriteKind.Updated: return ref c.Updated;
            case WriteKind.Duplicate: return ref c.Duplicates;
            default: return ref c.Unchanged;
        }
    }
}
