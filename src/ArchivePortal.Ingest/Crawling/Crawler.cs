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
    readonly HostPoliteness politeness = new(options.Delay, options.Concurrency);
    readonly Dictionary<string, RobotsRules> robots = [];

    public async Task<CrawlSummary> RunAsync(IReadOnlyList<Uri> startUrls, IProgress<CrawlProgress>? progress = null, CancellationToken cancel = default)
    {
        var starts = startUrls.Select(UrlNormalizer.Normalize).OfType<Uri>().Distinct().ToList();
        if (starts.Count == 0) throw new ArgumentException("no http(s) start URL", nameof(startUrls));
        var scope = new CrawlScope(options.Scope, starts);
        var fetcher = new PageFetcher(http, politeness, options);
        var run = state.BeginRun(string.Join(' ', starts.Select(s => s.AbsoluteUri).Order(StringComparer.Ordinal)), scope.Hosts.ToList());
        var frontier = new Frontier(state, scope.Hosts.ToList(), options.MaxFrontier, run.Id);
        var page = new CrawlPageTask(store, state, options, fetcher, scope, robots, frontier, run.Id);
        var counters = page.Counters;

        var discovery = new SiteDiscovery(fetcher, scope);
        var sitemaps = new SitemapQueue(fetcher, scope, state, frontier, options, page.MayQueue, counters, run.Id);
        foreach (var origin in starts.Select(s => new Uri(s.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            var rules = await discovery.RobotsAsync(origin, cancel);
            robots[CrawlScope.HostKey(origin)] = rules;
            politeness.SetCrawlDelay(CrawlScope.HostKey(origin), rules.CrawlDelay);
            await sitemaps.QueueAsync(origin, rules, cancel);
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
        return counters.Summary(run.Id, run.Resumed, finished, frontier.NotQueued);
    }
}
