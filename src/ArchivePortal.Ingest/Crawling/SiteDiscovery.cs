using ArchivePortal.Ingest.Intake;
using System.Text;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// What a crawl learns about a host before fetching pages: its robots.txt (RFC 9309: a 4xx means no rules,
/// a 5xx or no answer means stay away). Its sitemaps are read by <see cref="SitemapQueue"/>.
/// </summary>
internal sealed class SiteDiscovery(PageFetcher fetcher, CrawlScope scope)
{
    public async Task<RobotsRules> RobotsAsync(Uri origin, CancellationToken cancel)
    {
        var url = new Uri(origin, "/robots.txt");
        var result = await fetcher.FetchAsync(url, null, next => scope.Contains(next) ? null : "outside the crawl's scope", _ => true, cancel);
        return result switch
        {
            { Outcome: FetchOutcome.Fetched, Body: { } body } => RobotsRules.Parse(Encoding.UTF8.GetString(body)),
            { ErrorCode: IntakeErrorCodes.NotFound or IntakeErrorCodes.ClientError } => RobotsRules.AllowAll,
            _ => RobotsRules.Unavailable,
        };
    }
}
