using System.Net;

namespace ArchivePortal.Web.Tests;

/// <summary>An address the portal does not know answers 404 with a page in the site's layout and the visitor's language.</summary>
public sealed class NotFoundPageTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Theory]
    [InlineData("/nope", "en", "Page not found")]
    [InlineData("/records/", "zh-CN,zh;q=0.9", "未找到页面")]
    [InlineData("/no/such/page?q=1", "vi-VN", "Không tìm thấy trang")]
    [InlineData("/sitemap.xml?page=99", "en", "Page not found")]
    public async Task An_unknown_address_is_a_portal_page_in_the_visitors_language(string url, string acceptLanguage, string title)
    {
        var response = await app.Client(acceptLanguage).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var d = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, d.Text("main h1"));
        Assert.NotNull(d.QuerySelector("header.site-header a.brand"));
        Assert.NotNull(d.QuerySelector("main .not-found form[action='/search'] input[name=q]"));
        // One search landmark (the header's): two unnamed ones are one too many for a screen reader's landmark list.
        Assert.Single(d.QuerySelectorAll("[role=search], search"));
        Assert.Equal("noindex, follow", d.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task An_unknown_record_keeps_its_own_words()
    {
        var response = await app.Client().GetAsync("/records/no-such-record");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var d = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Record not found", d.Text("main h1"));
        Assert.NotNull(d.QuerySelector("main .not-found form[action='/search']"));
    }

    [Fact]
    public async Task Head_on_an_unknown_address_is_404()
    {
        var response = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/nope"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_failed_request_keeps_its_status_and_gets_a_page()
    {
        var response = await app.Client().PostAsync("/api/search", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var d = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Something went wrong", d.Text("main h1"));
    }
}
