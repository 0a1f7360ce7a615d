using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Crawler.Tests;

/// <summary>The crawler against the whole test site, in process: what is imported, what is never requested, how politely.</summary>
public sealed class CrawlSiteTests
{
    static readonly string[] Articles = [.. ExpectedRecord.All().Select(e => e.Path)];

    [Fact]
    public async Task Every_article_is_imported_once_with_title_date_language_and_text_without_chrome()
    {
        await using var site = await TestSite.StartAsync();
        using var harness = new CrawlHarness();
        var summary = await harness.CrawlAsync(site);

        Assert.True(summary.Finished);
        var mismatches = new List<string>();
        foreach (var expected in ExpectedRecord.All())
        {
            var state = harness.State.Get(new Uri(site.BaseUri, expected.Path).AbsoluteUri);
            Assert.True(state?.RecordId is not null, $"{expected.Path}: no record ({state?.Status} {state?.ErrorCode} {state?.ErrorDetail})");
            var record = harness.Archive.Store.Get(state!.RecordId!)!.Record;
            var actual = ExpectedRecord.Format(expected.Path, record);
            if (expected.Title != record.Title || expected.Date != record.Date || expected.Language != record.Language || expected.Type != record.Type
                || !expected.Paragraphs.SequenceEqual(ExpectedRecord.ParagraphsOf(record.Body)))
            {
                var file = Path.Combine(Path.GetTempPath(), "archive-crawl-actual", expected.Name + ".txt");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, actual);
                mismatches.Add($"{expected.Name}: see {file}");
            }
        }
        Assert.Empty(mismatches);
        // One record per article: the print view (canonical link) and the mirror (same text) are not stored again.
        Assert.Equal(Articles.Length, harness.Archive.Store.Count());
        Assert.Equal(Articles.Length, summary.Added);
        var mirror = harness.State.Get(new Uri(site.BaseUri, "/mirror/reading-room.html").AbsoluteUri)!;
        var print = harness.State.Get(new Uri(site.BaseUri, "/en/news/reading-room-print.html?id=7&lang=en").AbsoluteUri)!;
        var main = harness.State.Get(new Uri(site.BaseUri, "/en/news/reading-room.html").AbsoluteUri)!;
        Assert.Equal(main.RecordId, mirror.RecordId);
        Assert.Equal(main.RecordId, print.RecordId);
    }

    [Fact]
    public async Task Failures_are_recorded_per_url_with_stable_codes_and_the_crawl_goes_on()
    {
        await using var site = await TestSite.StartAsync();
        using var harness = new CrawlHarness();
        var summary = await harness.CrawlAsync(site);

        var failures = harness.State.Failures().ToDictionary(f => new Uri(f.Url).PathAndQuery, f => f.ErrorCode);
        Assert.Equal(IntakeErrorCodes.NotFound, failures["/news/missing.html"]);
        Assert.Equal(IntakeErrorCodes.RedirectLoop, failures["/loop/a"]);
        Assert.Equal(IntakeErrorCodes.Timeout, failures["/news/slow.html"]);
        Assert.Equal(IntakeErrorCodes.TooLarge, failures["/news/big.html"]);
        Assert.Equal(IntakeErrorCodes.UnsupportedContentType, failures["/files/report.pdf"]);
        Assert.DoesNotContain("/news/flaky.html", failures.Keys); // the 500 recovered on retry
        Assert.DoesNotContain("/news/busy.html", failures.Keys); // the 429 recovered after Retry-After
        // The pages' chrome links to pages the site does not have (/visit, /share/x …): those are not_found too.
        Assert.All(failures, f => Assert.True(f.Value != IntakeErrorCodes.NotFound || f.Key != "/news/index.html", $"{f.Key}: {f.Value}"));
        Assert.Equal(failures.Count, summary.Failed + summary.Skipped);
        Assert.All(failures.Keys.Where(k => !k.StartsWith("/private/", StringComparison.Ordinal)), k => Assert.DoesNotContain("secret", k));
        // The old URL redirects to the festival page, which is stored once.
        var old = harness.State.Get(new Uri(site.BaseUri, "/old/festival").AbsoluteUri)!;
        var festival = harness.State.Get(new Uri(site.BaseUri, "/news/2021/03/12/reading-festival.html").AbsoluteUri)!;
        Assert.Equal(CrawlUrlStatus.Done, old.Status);
        Assert.Equal(festival.RecordId, old.RecordId);
    }

    [Fact]
    public async Task Robots_txt_is_honoured_and_requests_to_the_host_are_never_closer_than_the_delay()
    {
        await using var site = await TestSite.StartAsync();
        using var harness = new CrawlHarness();
        await harness.CrawlAsync(site);

        Assert.Empty(site.RequestsFor("/private/secret.html")); // linked from the index and listed in the sitemap
        Assert.NotEmpty(site.RequestsFor("/private/open.html")); // the longer Allow wins
        Assert.NotEmpty(site.RequestsFor("/vi/tin-tuc/hoi-nghi.html")); // only the gzipped sitemap lists it
        Assert.All(site.Requests, r => Assert.StartsWith("ArchivePortalBot/1.0 (+https://archiveportal.test/bot)", r.UserAgent));

        var arrivals = site.Requests.Select(r => r.ArrivedAt).Order().ToList();
        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).ToList();
        var crawlDelay = TimeSpan.FromSeconds(TestSite.CrawlDelaySeconds);
        Assert.True(crawlDelay > CrawlHarness.Options.Delay);
        Assert.All(gaps, gap => Assert.True(gap >= crawlDelay, $"two requests {gap.TotalMilliseconds:0} ms apart"));

        // The 429 said Retry-After: 1; the retry came no sooner.
        var busy = site.RequestsFor("/news/busy.html");
        Assert.Equal(429, busy[0].Status);
        Assert.True(busy[1].ArrivedAt - busy[0].ArrivedAt >= TimeSpan.FromSeconds(1));
        Assert.Equal([500, 200], site.RequestsFor("/news/flaky.html").Select(r => r.Status));
        Assert.Equal(2, site.RequestsFor("/notice.txt").Count); // the first connection was dropped
    }

    [Fact]
    public async Task A_second_crawl_is_conditional_and_reindexes_nothing_then_one_changed_page_updates_exactly_its_record()
    {
        await using var site = await TestSite.StartAsync();
        using var harness = new CrawlHarness();
        await harness.CrawlAsync(site);
        var before = Articles.Select(p => harness.Archive.Store.Get(RecordId(harness, site, p))!).ToList();
        var firstCrawl = site.Requests.Count;

        var second = await harness.CrawlAsync(site);
        Assert.False(second.Resumed);
        Assert.Equal((0, 0), (second.Added, second.Updated));
        var again = site.Requests.Skip(firstCrawl).ToList();
        foreach (var path in Articles)
        {
            var request = again.First(r => r.Path == new Uri(site.BaseUri, path).AbsolutePath);
            Assert.NotNull(request.IfNoneMatch);
            Assert.Equal(304, request.Status);
        }
        Assert.Equal(before.Select(r => r.UpdatedAt), Articles.Select(p => harness.Archive.Store.Get(RecordId(harness, site, p))!.UpdatedAt));

        var changed = File.ReadAllBytes(TestPaths.TestData("site", "news", "flaky.html"));
        site.Replace("/news/flaky.html", System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(changed)
            .Replace("free of charge", "free of charge, and the next million are planned", StringComparison.Ordinal)));
        var third = await harness.CrawlAsync(site);
        Assert.Equal((0, 1), (third.Added, third.Updated));
        var after = Articles.ToDictionary(p => p, p => harness.Archive.Store.Get(RecordId(harness, site, p))!);
        foreach (var (path, old) in Articles.Zip(before))
        {
            if (path == "/news/flaky.html")
            {
                Assert.Contains("the next million are planned", after[path].Record.Body);
                Assert.True(after[path].UpdatedAt > old.UpdatedAt);
            }
            else Assert.Equal(old.UpdatedAt, after[path].UpdatedAt);
        }
    }

    [Fact]
    public async Task Since_skips_older_articles_and_older_sitemap_entries()
    {
        await using var site = await TestSite.StartAsync();
        using var harness = new CrawlHarness();
        var summary = await harness.CrawlAsync(site, CrawlHarness.Options with { Since = new DateOnly(2022, 6, 1) });

        var newer = ExpectedRecord.All().Where(e => e.Date >= new DateOnly(2022, 6, 1)).ToList();
        Assert.Equal(newer.Count, harness.Archive.Store.Count());
        Assert.Equal(newer.Count, summary.Added);
        var festival = harness.State.Get(new Uri(site.BaseUri, "/news/2021/03/12/reading-festival.html").AbsoluteUri)!;
        Assert.Equal((CrawlUrlStatus.Skipped, IntakeErrorCodes.OlderThanSince), (festival.Status, festival.ErrorCode));
    }

    [Fact]
    public async Task A_host_whose_robots_txt_fails_is_not_crawled_and_the_report_says_why()
    {
        await using var site = await TestSite.StartAsync(robotsStatus: 503);
        using var harness = new CrawlHarness();
        var summary = await harness.CrawlAsync(site);

        Assert.All(site.Requests, r => Assert.Equal("/robots.txt", r.Path));
        Assert.Equal(1 + CrawlHarness.Options.MaxRetries, site.Requests.Count);
        var failure = Assert.Single(harness.State.Failures());
        Assert.Equal((site.StartUrl.AbsoluteUri, IntakeErrorCodes.RobotsUnavailable), (failure.Url, failure.ErrorCode));
        Assert.Equal((1, 0, true), (summary.Failed, summary.Fetched, summary.Finished));
    }

    static string RecordId(CrawlHarness harness, TestSite site, string path) =>
        harness.State.Get(new Uri(site.BaseUri, path).AbsoluteUri)!.RecordId!;
}
