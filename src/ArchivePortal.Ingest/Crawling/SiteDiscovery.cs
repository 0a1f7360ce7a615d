using System.Text;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// What a crawl learns about a host before fetching pages: its robots.txt (RFC 9309: a 4xx means no rules,
/// a 5xx or no answer means stay away) and the pages its sitemaps list, following sitemap indexes.
/// Only sitemaps on the crawl's own hosts are read, so a crawl never sends traffic elsewhere.
/// </summary>
internal sealed class SiteDiscovery(PageFetcher fetcher, CrawlScope scope)
{
    const int MaxSitemapFiles = 100;

    public async Task<RobotsRules> RobotsAsync(Uri origin, CancellationToken cancel)
    {
        var url = new Uri(origin, "/robots.txt");
        var result = await fetcher.FetchAsync(url, null, next => scope.Contains(next) ? null : "outside the crawl's scope", _ => true, cancel);
        return result switch
        {
            { Outcome: FetchOutcome.Fetched, Body: { } body } => RobotsRules.Parse(Encoding.UTF8.GetString(body)),
            { ErrorCode: CrawlErrorCodes.NotFound or CrawlErrorCodes.ClientError } => RobotsRules.AllowAll,
            _ => RobotsRules.Unavailable,
        };
    }

    /// <summary>The pages listed by the host's sitemaps (robots.txt Sitemap lines, else /sitemap.xml).</summary>
    public async Task<IReadOnlyList<SitemapEntry>> SitemapPagesAsync(Uri origin, RobotsRules robots, CancellationToken cancel)
    {
        var pending = new Queue<Uri>(robots.Sitemaps.Select(s => UrlNormalizer.Resolve(origin, s)).OfType<Uri>().Where(scope.Contains));
        if (robots.Sitemaps.Count == 0) pending.Enqueue(new Uri(origin, "/sitemap.xml"));
        var seen = new HashSet<Uri>(pending);
        var pages = new List<SitemapEntry>();
        for (int files = 0; pending.Count > 0 && files < MaxSitemapFiles; files++)
        {
            var url = pending.Dequeue();
            if (!robots.IsAllowed(url)) continue;
            var result = await fetcher.FetchAsync(url, null, next => scope.Contains(next) ? null : "outside the crawl's scope", _ => true, cancel);
            if (result.Body is null) continue; // a missing sitemap only means discovery goes by links
            var content = SitemapReader.Read(result.Body);
            pages.AddRange(content.Pages);
            foreach (var child in content.Sitemaps.Select(s => UrlNormalizer.Resolve(url, s)).OfType<Uri>())
                if (scope.Contains(child) && seen.Add(child)) pending.Enqueue(child);
        }
        return pages;
    }
}
