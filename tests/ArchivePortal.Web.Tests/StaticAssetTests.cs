using System.Net;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// The stylesheet and the icon are linked by fingerprinted URLs that browsers keep a year; any
/// other static URL is kept an hour, and the portal has an icon at the address browsers try.
/// </summary>
public sealed class StaticAssetTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Theory]
    [InlineData("link[rel=stylesheet]", "/portal.css")]
    [InlineData("link[rel=icon][type='image/svg+xml']", "/favicon.svg")]
    public async Task Pages_link_assets_by_a_fingerprint_that_is_cached_for_a_year(string selector, string path)
    {
        var page = await client.PageAsync("/");
        var href = page.QuerySelector(selector)?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith(path + "?v=", href);

        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/portal.css")]
    [InlineData("/portal.css?v=not-the-current-fingerprint")]
    [InlineData("/favicon.ico")]
    public async Task An_unfingerprinted_or_stale_url_is_cached_for_an_hour_only(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_icon_browsers_ask_for_by_default_is_there()
    {
        var response = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0, 0, 1, 0], bytes[..4]); // an ICO file's header

        var svg = await client.GetAsync("/favicon.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
    }
}
