using System.Net;

namespace ArchivePortal.Web.Tests;

/// <summary>robots.txt lets crawlers in, points them at the sitemap and keeps them off what is not a page.</summary>
public sealed class RobotsTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task Robots_txt_allows_pages_names_the_sitemap_and_keeps_crawlers_off_the_api_and_the_language_switch()
    {
        var response = await client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Equal(["Disallow: /api/", "Disallow: /ui/"], lines.Where(l => l.StartsWith("Disallow:")));

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/robots.txt"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Result_pages_stay_crawlable_but_out_of_the_index()
    {
        // Not disallowed in robots.txt, so that a crawler reads the noindex and follows the links to records.
        var d = await client.PageAsync("/search?q=饶权");
        Assert.Equal("noindex, follow", d.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null((await client.PageAsync("/records/zh-02")).QuerySelector("meta[name=robots]"));
    }
}
