using ArchivePortal.Ingest.Intake;
using System.Text;
using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests;

/// <summary>Each limit on sitemap discovery, met on a real site: what is left unread, and the code that says so.</summary>
public sealed class SitemapLimitTests
{
    static readonly CrawlOptions Options = CrawlHarness.Options with { MaxPages = 1 };

    [Fact]
    public async Task An_index_nested_past_the_depth_limit_is_reported_and_its_sitemaps_not_read()
    {
        await using var site = await StartAsync();
        for (var level = 0; level < 4; level++)
            Serve(site, $"/n/index{level}.xml", Index(site, $"/n/index{level + 1}.xml"));

        using var harness = new CrawlHarness();
        await harness.CrawlAsync(site, Options with { MaxSitemapDepth = 2 });

        Assert.Equal(IntakeErrorCodes.SitemapTooDeep, Failure(harness, "/n/index2.xml"));
        Assert.Empty(site.RequestsFor("/n/index3.xml"));
    }

    [Fact]
    public async Task Sitemaps_past_the_file_limit_are_not_read_and_the_index_says_so()
    {
        await using var site = await StartAsync();
        Serve(site, "/n/index0.xml", Index(site, [.. Enumerable.Range(0, 10).Select(i => $"/n/u{i}.xml")]));
        for (var i = 0; i < 10; i++) Serve(site, $"/n/u{i}.xml", Urlset(site, $"/n/page{i}.html"));

        using var harness = new CrawlHarness();
        await harness.CrawlAsync(site, Options with { MaxSitemapFiles = 5 });

        Assert.Equal(IntakeErrorCodes.SitemapTooManyFiles, Failure(harness, "/n/index0.xml"));
        Assert.Equal(4, site.Requests.Count(r => r.Path.StartsWith("/n/u", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_full_frontier_leaves_urls_out_and_the_sitemap_and_summary_say_so()
    {
        await using var site = await StartAsync();
        Serve(site, "/n/index0.xml", Urlset(site, [.. Enumerable.Range(0, 3_000).Select(i => $"/n/page{i}.html")]));

        using var harness = new CrawlHarness();
        var summary = await harness.CrawlAsync(site, Options with { MaxFrontier = 1_000 });

        Assert.Equal(IntakeErrorCodes.FrontierFull, Failure(harness, "/n/index0.xml"));
        Assert.InRange(harness.State.QueuedCount([CrawlScope.HostKey(site.BaseUri)]), 900, 1_000 + 100);
        Assert.True(summary.NotQueued >= 1_000, $"not queued: {summary.NotQueued}"); // the batch that did not fit; the rest is not read
    }

    [Fact]
    public async Task A_sitemap_fixed_since_the_last_crawl_leaves_the_report()
    {
        await using var site = await StartAsync();
        Serve(site, "/n/index0.xml", Urlset(site, [.. Enumerable.Range(0, 3_000).Select(i => $"/n/page{i}.html")]));
        using var harness = new CrawlHarness();
        await harness.CrawlAsync(site, Options with { MaxFrontier = 1_000 });

        Serve(site, "/n/index0.xml", Urlset(site, "/n/page0.html"));
        await harness.CrawlAsync(site, Options);

        Assert.DoesNotContain(harness.State.Failures(), f => f.Url.EndsWith("/n/index0.xml", StringComparison.Ordinal));
    }

    static async Task<TestSite> StartAsync()
    {
        var site = await TestSite.StartAsync();
        Serve(site, "/robots.txt", $"User-agent: *\nAllow: /\nSitemap: {new Uri(site.BaseUri, "/n/index0.xml")}\n", "text/plain");
        return site;
    }

    static string? Failure(CrawlHarness harness, string path) =>
        harness.State.Failures().SingleOrDefault(f => new Uri(f.Url).AbsolutePath == path)?.ErrorCode;

    static void Serve(TestSite site, string path, string text, string contentType = "application/xml") =>
        site.Add(path, Encoding.UTF8.GetBytes(text), contentType);

    static string Index(TestSite site, params string[] paths) =>
        "<sitemapindex>" + string.Concat(paths.Select(p => $"<sitemap><loc>{new Uri(site.BaseUri, p)}</loc></sitemap>")) + "</sitemapindex>";

    static string Urlset(TestSite site, params string[] paths) =>
        "<urlset>" + string.Concat(paths.Select(p => $"<url><loc>{new Uri(site.BaseUri, p)}</loc></url>")) + "</urlset>";
}
