using ArchivePortal.Ingest.Intake;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// Queues the pages a host's sitemaps list (robots.txt Sitemap lines, else /sitemap.xml), following sitemap
/// indexes. Each file is read as a stream and its pages are queued in batches as they are read, within limits per
/// file (unzipped bytes, 50,000 URLs), per host (URLs taken, files read, index depth) and for the frontier. A sitemap
/// that hits a limit is recorded with its code, so <c>archive crawl-report</c> shows it; the crawl goes on.
/// Only sitemaps on the crawl's own hosts are read, so a crawl never sends traffic elsewhere.
/// </summary>
internal sealed class SitemapQueue(
    PageFetcher fetcher, CrawlScope scope, CrawlStateStore state, Frontier frontier, CrawlOptions options,
    Func<Uri, bool> mayQueue, CrawlCounters counters, long runId)
{
    const int BatchSize = 1_000;

    public async Task QueueAsync(Uri origin, RobotsRules robots, CancellationToken cancel)
    {
        var listed = robots.Sitemaps.Select(s => UrlNormalizer.Resolve(origin, s)).OfType<Uri>().Where(scope.Contains).ToList();
        if (robots.Sitemaps.Count == 0) listed.Add(new Uri(origin, "/sitemap.xml"));
        var pending = new Queue<(Uri Url, int Level)>(listed.Select(u => (u, 0)));
        var seen = new HashSet<Uri>(listed);
        var host = new HostTally();
        for (int files = 0; pending.Count > 0 && files < options.MaxSitemapFiles; files++)
        {
            var (url, level) = pending.Dequeue();
            if (!robots.IsAllowed(url)) continue;
            var result = await fetcher.FetchAsync(url, null, next => scope.Contains(next) ? null : "outside the crawl's scope", _ => true, cancel);
            if (result.Body is null) continue; // a missing sitemap only means discovery goes by links
            var file = new FileTally();
            var end = SitemapReader.Read(result.Body, options.MaxSitemapBytes,
                page => TakePage(origin, page, host, file),
                child => TakeSitemap(url, level, child, seen, pending, file));
            if (!file.FrontierFull) file.FrontierFull = !frontier.Add(file.Batch);
            Record(url, result.HttpStatus, Problem(end, file));
            if (file.HostFull || file.FrontierFull) return; // later files would only be cut too
        }
    }

    bool TakePage(Uri origin, SitemapEntry page, HostTally host, FileTally file)
    {
        if (host.Taken >= options.MaxSitemapUrls)
        {
            file.HostFull = true;
            return false;
        }
        if (options.Since is { } since && page.LastModified < since) return true;
        if (UrlNormalizer.Resolve(origin, page.Location) is not { } url || !mayQueue(url)) return true;
        file.Batch.Add(new FrontierUrl(url.AbsoluteUri, CrawlScope.HostKey(url), 1));
        host.Taken++;
        if (file.Batch.Count < BatchSize) return true;
        file.FrontierFull = !frontier.Add(file.Batch);
        file.Batch.Clear();
        return !file.FrontierFull;
    }

    bool TakeSitemap(Uri index, int level, string location, HashSet<Uri> seen, Queue<(Uri, int)> pending, FileTally file)
    {
        if (UrlNormalizer.Resolve(index, location) is not { } child || !scope.Contains(child) || seen.Contains(child)) return true;
        if (level >= options.MaxSitemapDepth) file.TooDeep = true;
        else if (seen.Count >= options.MaxSitemapFiles) file.TooManyFiles = true;
        else
        {
            seen.Add(child);
            pending.Enqueue((child, level + 1));
        }
        return true;
    }

    (string Code, string Detail)? Problem(SitemapEnd end, FileTally file) => end switch
    {
        SitemapEnd.TooLarge => (IntakeErrorCodes.SitemapTooLarge, $"unzips to more than {options.MaxSitemapBytes:N0} bytes; the URLs before that are queued"),
        SitemapEnd.TooManyUrls => (IntakeErrorCodes.SitemapTooManyUrls, $"lists more than {SitemapReader.MaxUrlsPerFile:N0} URLs (the sitemaps.org limit); the first ones are queued"),
        _ when file.HostFull => (IntakeErrorCodes.SitemapTooManyUrls, $"the host's sitemaps list more than {options.MaxSitemapUrls:N0} URLs; the rest are not queued"),
        _ when file.FrontierFull => (IntakeErrorCodes.FrontierFull, $"the crawl's frontier holds {frontier.MaxQueued:N0} URLs; the rest of this sitemap is not queued"),
        _ when file.TooDeep => (IntakeErrorCodes.SitemapTooDeep, $"a sitemap index nested more than {options.MaxSitemapDepth} deep; the sitemaps it lists are not read"),
        _ when file.TooManyFiles => (IntakeErrorCodes.SitemapTooManyFiles, $"lists sitemaps past the limit of {options.MaxSitemapFiles} files per host; those are not read"),
        _ => null,
    };

    // A sitemap gets a row only when it hit a limit; a row from an earlier crawl is cleared once the sitemap is fine.
    void Record(Uri url, int? httpStatus, (string Code, string Detail)? problem)
    {
        if (problem is { } p)
        {
            state.Save(new CrawlUrlState
            {
                Url = url.AbsoluteUri, Host = CrawlScope.HostKey(url), Status = CrawlUrlStatus.Skipped, RunId = runId,
                HttpStatus = httpStatus, LastFetch = DateTimeOffset.UtcNow, ErrorCode = p.Code, ErrorDetail = p.Detail,
            });
            Interlocked.Increment(ref counters.Skipped);
        }
        else if (state.Get(url.AbsoluteUri) is { } earlier)
            state.Save(earlier with { Status = CrawlUrlStatus.Done, RunId = runId, ErrorCode = null, ErrorDetail = null, LastFetch = DateTimeOffset.UtcNow });
    }

    sealed class HostTally
    {
        public int Taken;
    }

    /// <summary>What reading one file queued and which limits it met.</summary>
    sealed class FileTally
    {
        public List<FrontierUrl> Batch { get; } = [];
        public bool HostFull, FrontierFull, TooDeep, TooManyFiles;
    }
}
