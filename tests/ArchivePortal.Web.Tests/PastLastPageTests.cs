using System.Net;
using System.Text.Json;

namespace ArchivePortal.Web.Tests;

/// <summary>A page number past the last page of results leads to the last page, not to an empty page without a way back.</summary>
public sealed class PastLastPageTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task A_page_past_the_last_redirects_to_the_last_page_keeping_every_other_parameter()
    {
        // 25 Chinese records write 饶权: three pages.
        var response = await client.GetAsync("/search?q=饶权&f=lang:zh&sort=newest&page=7");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest&page=3", location);

        var last = await client.PageAsync(location);
        Assert.Equal("Showing 21–25 of 25", last.Text(".count"));
        Assert.Equal(5, last.QuerySelectorAll("article.hit").Length);
        Assert.NotNull(last.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task When_every_result_fits_on_page_one_the_redirect_drops_the_page()
    {
        var response = await client.GetAsync("/search?q=meeting&f=year:abcd&page=2");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The filter the search ignores stays in the URL, so the first page still says it was ignored.
        Assert.Equal("/search?q=meeting&f=year:abcd", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_search_without_results_is_not_redirected()
    {
        var d = await client.PageAsync("/search?q=qqxzvw&page=3");
        Assert.Equal("No records found", d.Text(".no-results h2"));
    }

    [Fact]
    public async Task The_api_answers_a_page_past_the_last_with_no_hits_and_the_true_total()
    {
        var response = await client.GetAsync("/api/search?q=饶权&f=lang:zh&page=7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(25, json.GetProperty("total").GetInt32());
        Assert.Equal(7, json.GetProperty("page").GetInt32());
        Assert.Equal(0, json.GetProperty("hits").GetArrayLength());
    }
}
