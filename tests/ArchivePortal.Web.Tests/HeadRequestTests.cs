using System.Net;

namespace ArchivePortal.Web.Tests;

/// <summary>Crawlers and link checkers ask with HEAD; every public address answers it as it answers GET.</summary>
public sealed class HeadRequestTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/opensearch.xml", "application/opensearchdescription+xml")]
    [InlineData("/api/search?q=饶权", "application/json")]
    public async Task Head_answers_like_get(string url, string mediaType)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/sitemap.xml?page=1", "/records/vi-tvqg")]
    [InlineData("/api/search?q=Kiều", "vi-tvqg")]
    public async Task A_get_after_a_head_still_has_the_whole_body(string url, string expected)
    {
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Contains(expected, await client.GetStringAsync(url)); // not an empty body from the output cache
    }
}
