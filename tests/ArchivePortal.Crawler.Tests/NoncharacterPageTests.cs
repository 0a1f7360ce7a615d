using System.Text;

namespace ArchivePortal.Crawler.Tests;

/// <summary>
/// A crawled page holding U+FFFE or a lone surrogate (issue 14, finding 1) aborted the crawl, and
/// every resume aborted again on it: it is stored like any page, and the crawl goes on.
/// </summary>
public sealed class NoncharacterPageTests
{
    [Fact]
    public async Task A_page_with_noncharacters_is_stored_and_the_crawl_goes_on()
    {
        await using var site = await TestSite.StartAsync();
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Reading room \uFFFE reopens</title></head><body><article><h1>Reading room \uFFFE reopens</h1>" +
                   "<p>The reading room reopened on 3 March 2024 after its renovation \uFFFF, with new desks and longer opening hours for readers.</p>" +
                   "<p>Readers can book seats online; the library thanks everyone for their patience during the works.</p></article></body></html>";
        // Encoded by hand: U+FFFE is valid UTF-8 (EF BF BE); a lone surrogate arrives as its WTF-8 bytes.
        var bytes = Encoding.UTF8.GetBytes(html).Concat(new byte[] { 0xED, 0xA0, 0x80 }).ToArray();
        site.Add("/news/odd.html", bytes, "text/html; charset=utf-8");
        using var harness = new CrawlHarness();

        var summary = await harness.CrawlAsync(site, CrawlHarness.Options with { MaxDepth = 0 }, "/news/odd.html", "/en/news/reading-room.html");

        Assert.True(summary.Finished);
        var odd = harness.State.Get(new Uri(site.BaseUri, "/news/odd.html").AbsoluteUri)!;
        Assert.NotNull(odd.RecordId);
        var record = harness.Archive.Store.Get(odd.RecordId!)!.Record;
        Assert.Contains("Reading room", record.Title);
        Assert.DoesNotContain('\uFFFE', record.Title + record.Body);
        Assert.NotNull(harness.State.Get(new Uri(site.BaseUri, "/en/news/reading-room.html").AbsoluteUri)!.RecordId);
    }
}
