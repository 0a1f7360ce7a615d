using System.IO.Compression;
using System.Net.Http.Headers;
using ArchivePortal.Storage.Accounts;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// Pages, feeds and the stylesheet travel Brotli- or gzip-compressed to a browser that accepts it,
/// and pages that hold a secret beside text a visitor chose (BREACH) travel as they are.
/// </summary>
public sealed class ResponseCompressionTests(PortalApp app) : IClassFixture<PortalApp>
{
    static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        return await client.SendAsync(request);
    }

    static async Task<string> DecodedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidDataException("unexpected encoding " + other),
        };
        return await new StreamReader(decoded).ReadToEndAsync();
    }

    [Theory]
    [InlineData("/search?q=饶权", "br", "br")]
    [InlineData("/search?q=饶权", "gzip", "gzip")]
    [InlineData("/", "gzip, deflate, br", "br")]
    [InlineData("/portal.css", "br", "br")]
    [InlineData("/search/atom?q=饶权", "gzip", "gzip")]
    public async Task A_browser_that_accepts_compression_gets_the_same_content_compressed(string url, string accepts, string encoding)
    {
        var client = app.Client();
        var plain = await GetAsync(client, url, "identity");
        var compressed = await GetAsync(client, url, accepts);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        var plainText = await plain.Content.ReadAsStringAsync();
        Assert.Equal(plainText, await DecodedAsync(compressed));
        Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length < plainText.Length / 2, "compressed to less than half");
    }

    [Fact]
    public async Task A_page_with_an_antiforgery_token_is_never_compressed()
    {
        var response = await GetAsync(app.Browser(), "/account/sign-in", "br, gzip");
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_for_a_signed_in_person_are_never_compressed()
    {
        var browser = await app.SignedInAsync("compression-staff", UserRole.Staff);
        var response = await GetAsync(browser, "/search?q=饶权", "br, gzip");
        Assert.Contains("compression-staff", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
