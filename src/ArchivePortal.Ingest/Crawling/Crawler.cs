using ArchivePortal.Storage.Crawling;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Crawls sites into the archive. The frontier and every URL's state live in the database
/// (<see cref="CrawlStateStore"/>), so a killed crawl resumes where it stopped, and a new crawl of the same
/// start URLs revisits every known page with conditional requests. A page's failure is recorded with its
/// code and the crawl goes on. Records go through the same store and normalization as file import.
/// </summary>
public sealed class Crawler(IArchiveStore store, CrawlStateStore state, HttpClient http, CrawlOptions options)
{
    /// <summary>A page whose text is mostly link text is a list of articles, not an article.</summary>
    const double ListingLinkShare = 0.5;

    readonly IArchiveStore store = store;
    readonly CrawlStateStore state = state;
    readonly CrawlOptions options = options;
    readonly HostPoliteness politeness = new(options.Delay, options.Concurrency);
    readonly SemaphoreSlim writer = new(1, 1);
    readonly Dictionary<string, RobotsRules> robots = [];

    public async Task<CrawlSummary> RunAsync(IReadOnlyList<Uri> startUrls, IProgress<CrawlProgress>? progress = null, CancellationToken cancel = default)
    {
        var starts = startUrls.Select(UrlNormalizer.Normalize).OfType<Uri>().Distinct().ToList();
        if (starts.Count == 0) throw new ArgumentException("no http(s) start URL", nameof(startUrls));
        var scope = new CrawlScope(options.Scope, starts);
        var fetcher = new PageFetcher(http, politeness, options);
        var run = state.BeginRun(string.Join(' ', starts.Select(s => s.AbsoluteUri).Order(StringComparer.Ordinal)), scope.Hosts.ToList());
        var page = new PageTask(this, fetcher, scope, run.Id);
        var counters = page.Counters;

        var discovery = new SiteDiscovery(fetcher, scope);
        foreach (var origin in starts.Select(s => new Uri(s.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            var rules = await discovery.RobotsAsync(origin, cancel);
            robots[CrawlScope.HostKey(origin)] = rules;
            politeness.SetCrawlDelay(CrawlScope.HostKey(origin), rules.CrawlDelay);
            var listed = await discovery.SitemapPagesAsync(origin, rules, cancel);
            state.Enqueue(listed
                .Where(e => options.Since is null || e.LastModified is null || e.LastModified >= options.Since)
                .Select(e => UrlNormalizer.Resolve(origin, e.Location)).OfType<Uri>()
                .Where(u => page.MayQueue(u)).Distinct()
                .Select(u => new FrontierUrl(u.AbsoluteUri, CrawlScope.HostKey(u), 1)).ToList(), run.Id);
        }
        // Start URLs are queued even when robots.txt refuses them, so that crawl-report says why nothing was crawled.
        state.Enqueue(starts.Where(scope.Contains).Select(u => new FrontierUrl(u.AbsoluteUri, CrawlScope.HostKey(u), 0)).ToList(), run.Id);

        var inFlight = new Dictionary<string, Task>();
        int started = 0;
        while (!cancel.IsCancellationRequested)
        {
            // Twice the concurrency in flight keeps every host's queue busy; HostPoliteness does the spacing.
            var room = Math.Min(options.Concurrency * 2 - inFlight.Count, options.MaxPages - started);
            if (room > 0)
                foreach (var entry in state.Queued(scope.Hosts.ToList(), room, inFlight.Keys))
                {
                    inFlight[entry.Url] = page.RunAsync(entry, cancel);
                    started++;
                }
            if (inFlight.Count == 0) break;
            try
            {
                await Task.WhenAny(inFlight.Values);
            }
            finally
            {
                foreach (var (url, task) in inFlight.Where(p => p.Value.IsCompleted).ToList())
                {
                    inFlight.Remove(url);
                    if (task.IsFaulted) await task; // a bug, not a bad page: let it surface
                }
            }
            progress?.Report(counters.Progress(state.QueuedCount(scope.Hosts.ToList())));
        }
        try { await Task.WhenAll(inFlight.Values); }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }

        var finished = !cancel.IsCancellationRequested && state.QueuedCount(scope.Hosts.ToList()) == 0;
        if (finished) state.FinishRun(run.Id);
        progress?.Report(counters.Progress(state.QueuedCount(scope.Hosts.ToList())));
        return counters.Summary(run.Id, run.Resumed, finished);
    }

    /// <summary>Fetches, reads and stores one queued URL.</summary>
    sealed class PageTask(Crawler crawler, PageFetcher fetcher, CrawlScope scope, long runId)
    {
        public CrawlCounters Counters { get; } = new();

        CrawlStateStore State => crawler.state;
        CrawlOptions Options => crawler.options;

        public bool MayQueue(Uri url) => scope.Contains(url) && Robots(url).IsAllowed(url);

        RobotsRules Robots(Uri url) => crawler.robots.GetValueOrDefault(CrawlScope.HostKey(url), RobotsRules.Unavailable);

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
                Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = CrawlErrorCodes.RobotsUnavailable, ErrorDetail = "robots.txt could not be read; the host is not crawled", LastFetch = entry.LastFetch }, ref Counters.Failed);
                return;
            }
            if (!Robots(url).IsAllowed(url))
            {
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = CrawlErrorCodes.RobotsDisallowed, ErrorDetail = "disallowed by robots.txt", LastFetch = entry.LastFetch }, ref Counters.Skipped);
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
                case FetchOutcome.Failed when result.ErrorCode == CrawlErrorCodes.UnsupportedContentType:
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
            if (pageUrl.AbsoluteUri != visited.Url && State.Get(pageUrl.AbsoluteUri) is { Status: CrawlUrlStatus.Done } target && target.RunId == runId)
            {
                // Redirected to a page this run already handled: point at its record, fetch nothing more.
                Save(visited with { Status = CrawlUrlStatus.Done, RecordId = target.RecordId, ContentHash = target.ContentHash, CanonicalUrl = pageUrl.AbsoluteUri }, ref Counters.Duplicates);
                return;
            }
            var isHtml = result.MediaType is not "text/plain";
            var decoded = PageDecoder.Decode(result.Body!, result.Charset, isHtml);
            if (decoded is null)
            {
                Save(visited with { Status = CrawlUrlStatus.Failed, ErrorCode = CrawlErrorCodes.UndecodableText, ErrorDetail = $"not valid in {result.Charset ?? "any known charset"}" }, ref Counters.Failed);
                return;
            }
            if (isHtml)
            {
                var links = LinkExtractor.Extract(decoded.Text, pageUrl);
                if (visited.Depth < Options.MaxDepth)
                    State.Enqueue(links.Links.Where(MayQueue).Select(u => new FrontierUrl(u.AbsoluteUri, CrawlScope.HostKey(u), visited.Depth + 1)).ToList(), runId);
                if (links.NoIndex)
                {
                    Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = CrawlErrorCodes.NoIndex, ErrorDetail = "<meta name=robots content=noindex>" }, ref Counters.Skipped);
                    return;
                }
                if (links.LinkTextShare > ListingLinkShare)
                {
                    // A list of articles: followed for its links, not stored. Not a failure either.
                    Save(visited with { Status = CrawlUrlStatus.Done, ContentHash = null, RecordId = null }, ref Counters.Unchanged);
                    return;
                }
            }
            var article = CrawledArticle.Read(pageUrl, decoded.Text, isHtml);
            if (article.Record is not { } record)
            {
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = CrawlErrorCodes.NoArticle, ErrorDetail = article.ErrorDetail }, ref Counters.Skipped);
                return;
            }
            if (article.CanonicalUrl is { } canonical && MayQueue(canonical))
                State.Enqueue([new FrontierUrl(canonical.AbsoluteUri, CrawlScope.HostKey(canonical), visited.Depth + 1)], runId);
            if (Options.Since is { } since && record.Date < since)
            {
                Save(visited with { Status = CrawlUrlStatus.Skipped, ErrorCode = CrawlErrorCodes.OlderThanSince, ErrorDetail = $"dated {record.Date:yyyy-MM-dd}" }, ref Counters.Skipped);
                return;
            }
            await crawler.writer.WaitAsync(cancel);
            try
            {
                var done = visited with { Status = CrawlUrlStatus.Done, ContentHash = article.ContentHash, CanonicalUrl = article.CanonicalUrl?.AbsoluteUri };
                var saved = Write(visited, record, article, pageUrl);
                Save(done with { RecordId = saved.RecordId }, ref saved.Counter(Counters));
                if (pageUrl.AbsoluteUri != visited.Url) // the redirect target is handled too, so it is not fetched again
                    State.Save(done with { Url = pageUrl.AbsoluteUri, Host = CrawlScope.HostKey(pageUrl), RecordId = saved.RecordId });
            }
            finally
            {
                crawler.writer.Release();
            }
        }

        /// <summary>Writes the record unless it is already stored: unchanged since the last fetch, the same text under another URL, or the canonical page's own copy.</summary>
        WriteOutcome Write(CrawlUrlState previous, Core.Records.ArchiveRecord record, CrawledArticle article, Uri pageUrl)
        {
            if (previous.ContentHash == article.ContentHash && previous.RecordId is not null)
                return new WriteOutcome(previous.RecordId, WriteKind.Unchanged);
            if (State.RecordWithContentHash(article.ContentHash!, previous.Url) is { } same && same != record.Id)
                return new WriteOutcome(same, WriteKind.Duplicate);
            // A copy that names another URL as canonical (a print view) does not overwrite the canonical page's record.
            if (article.CanonicalUrl is { } canonical && canonical != pageUrl && crawler.store.Get(record.Id) is not null)
                return new WriteOutcome(record.Id, WriteKind.Duplicate);
            var summary = crawler.store.Upsert([record]);
            return new WriteOutcome(record.Id, summary.Added > 0 ? WriteKind.Added : summary.Updated > 0 ? WriteKind.Updated : WriteKind.Unchanged);
        }

        void Save(CrawlUrlState row, ref int counter)
        {
            State.Save(row);
            Interlocked.Increment(ref counter);
        }
    }

    enum WriteKind { Added, Updated, Unchanged, Duplicate }

    sealed record WriteOutcome(string RecordId, WriteKind Kind)
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
}
