using System.Diagnostics;
using System.Text;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Crawler.Tests;

/// <summary>Pages built to make the crawler's HTML parsing slow (issue 14, finding 6) fail alone with a code.</summary>
public sealed class HostilePageTests
{
    [Fact]
    public async Task A_page_of_unclosed_nested_divs_fails_with_its_code_and_the_crawl_goes_on()
    {
        await using var site = await TestSite.StartAsync();
        site.Add("/news/deep.html", Encoding.UTF8.GetBytes(NestedDivs(500 * 1024)), "text/html; charset=utf-8");
        using var harness = new CrawlHarness();

        var clock = Stopwatch.StartNew();
        var crawl = harness.CrawlAsync(site, CrawlHarness.Options with { MaxDepth = 0 }, "/news/deep.html", "/en/news/reading-room.html");
        // Only a guard against hanging for minutes (it took 162 s): the outcome below is what matters.
        var finished = await Task.WhenAny(crawl, Task.Delay(TimeSpan.FromSeconds(30))) == crawl;
        Assert.True(finished, $"the crawl still ran after {clock.Elapsed.TotalSeconds:0} s");

        var deep = harness.State.Get(new Uri(site.BaseUri, "/news/deep.html").AbsoluteUri)!;
        Assert.Equal((CrawlUrlStatus.Failed, "html_too_deep"), (deep.Status, deep.ErrorCode));
        Assert.Contains(harness.State.Failures(), f => f.Url == deep.Url && f.ErrorCode == "html_too_deep");
        var good = harness.State.Get(new Uri(site.BaseUri, "/en/news/reading-room.html").AbsoluteUri)!;
        Assert.NotNull(good.RecordId);
        Assert.True((await crawl).Finished);
    }

    /// <summary>A page with a title, a paragraph and then 100,000 &lt;div&gt;s that are never closed.</summary>
    internal static string NestedDivs(int bytes)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Nested</title></head><body><h1>Nested</h1><p>A page whose divs are never closed.</p>");
        while (html.Length < bytes) html.Append("<div>");
        return html.ToString();
    }
}
