using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ArchivePortal.Ingest.Crawling;
using Xunit.Abstractions;

namespace ArchivePortal.Crawler.Tests;

/// <summary>Memory is measured for the whole process, so these tests run alone.</summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;

/// <summary>
/// A sitemap index of 100 gzipped sitemaps of about 125 KB each, and a gzip bomb (issue 14, finding 4: this drove
/// the crawler to 6 GB in 30 s). The crawler reads what its limits allow, reports the rest, and crawls on.
/// </summary>
[Collection(nameof(AloneCollection))]
public sealed class BigSitemapTests(ITestOutputHelper output)
{
    const int SitemapCount = 100;
    const int UrlsPerSitemap = 20_000;

    static readonly string[] Articles = ["/en/news/reading-room.html", "/news/2021/03/12/reading-festival.html", "/vi/tin-tuc/hoi-nghi.html"];

    [Fact]
    public async Task A_huge_sitemap_index_and_a_gzip_bomb_are_read_within_limits_reported_and_the_pages_still_crawled()
    {
        await using var site = await TestSite.StartAsync();
        ServeBigSitemaps(site);
        using var harness = new CrawlHarness();

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var crawl = harness.CrawlAsync(site, CrawlHarness.Options with { MaxPages = 20 });
        // Only a guard against running for minutes: the outcome below is what matters.
        var finished = await Task.WhenAny(crawl, Task.Delay(TimeSpan.FromSeconds(60))) == crawl;
        Assert.True(finished, $"the crawl still ran after {clock.Elapsed.TotalSeconds:0} s");
        await crawl;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s, {allocated / (1 << 20):N0} MB allocated, working set {Environment.WorkingSet / (1 << 20):N0} MB after");

        var failures = harness.State.Failures().ToDictionary(f => new Uri(f.Url).AbsolutePath, f => f.ErrorCode);
        Assert.Equal("sitemap_too_large", failures["/big/bomb.xml.gz"]);
        Assert.Contains("sitemap_too_many_urls", failures.Values);
        // The host's cap (50,000 URLs) stops discovery after three of the hundred sitemaps.
        var sitemapsRead = site.Requests.Count(r => r.Path.StartsWith("/big/s", StringComparison.Ordinal));
        Assert.InRange(sitemapsRead, 1, 5);
        var queuedFromSitemaps = harness.State.Queued([CrawlScope.HostKey(site.BaseUri)], 1_000_000, [])
            .Count(u => new Uri(u.Url).AbsolutePath.StartsWith("/big/", StringComparison.Ordinal));
        Assert.InRange(queuedFromSitemaps, 1, 50_000); // CrawlOptions.MaxSitemapUrls, the per-host default
        Assert.True(allocated < 1L << 30, $"the crawl allocated {allocated / (1 << 20):N0} MB");
        // The pages the sitemaps list first are crawled like any other.
        Assert.All(Articles, path => Assert.NotNull(harness.State.Get(new Uri(site.BaseUri, path).AbsoluteUri)?.RecordId));
    }

    static void ServeBigSitemaps(TestSite site)
    {
        string At(string path) => new Uri(site.BaseUri, path).AbsoluteUri;
        site.Add("/robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {At("/big/index.xml")}\n"), "text/plain");
        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        index.Append($"<sitemap><loc>{At("/big/bomb.xml.gz")}</loc></sitemap>");
        for (var i = 0; i < SitemapCount; i++) index.Append($"<sitemap><loc>{At($"/big/s{i}.xml.gz")}</loc></sitemap>");
        site.Add("/big/index.xml", Encoding.UTF8.GetBytes(index.Append("</sitemapindex>").ToString()), "application/xml");
        site.Add("/big/bomb.xml.gz", Bomb(), "application/x-gzip");
        for (var i = 0; i < SitemapCount; i++)
        {
            var pages = (i == 0 ? Articles.Select(At) : []).Concat(Enumerable.Range(0, UrlsPerSitemap).Select(j => At($"/big/{i}/{j}.html")));
            site.Add($"/big/s{i}.xml.gz", Gzip(Urlset(pages)), "application/x-gzip");
        }
    }

    static string Urlset(IEnumerable<string> urls) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(urls.Select(u => $"<url><loc>{u}</loc><lastmod>2023-05-01</lastmod></url>\n")) + "</urlset>";

    static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    /// <summary>Under 1 MB zipped, 256 MB unzipped: a urlset that is all whitespace.</summary>
    static byte[] Bomb()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset>"));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 256; i++) gzip.Write(spaces);
            gzip.Write(Encoding.UTF8.GetBytes("</urlset>"));
        }
        return output.ToArray();
    }
}
