using System.Net;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// A record opened from the results leads back to them and on to the hits before and after it,
/// the search travelling in the address (q, f, sort, page, n), never in a session.
/// </summary>
public sealed class RecordTrailTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    const string Search = "/search?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest"; // 饶权, Chinese only, newest first: 25 hits

    async Task<List<string>> ResultLinks(string url) =>
        (await client.PageAsync(url)).QuerySelectorAll("article.hit h3 a").Select(a => a.GetAttribute("href")!).ToList();

    static string IdOf(string recordUrl) => Uri.UnescapeDataString(recordUrl.Split('?')[0]["/records/".Length..]);

    [Fact]
    public async Task Result_links_carry_the_search_and_the_position_of_the_hit()
    {
        var first = await ResultLinks(Search);
        Assert.Equal(10, first.Count);
        Assert.EndsWith("?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest&n=1", first[0]);
        Assert.EndsWith("&n=10", first[9]);
        var second = await ResultLinks(Search + "&page=2");
        Assert.EndsWith("?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest&page=2&n=11", second[0]);
    }

    [Fact]
    public async Task Previous_and_next_follow_the_results_across_a_page_boundary()
    {
        var first = await ResultLinks(Search);
        var second = await ResultLinks(Search + "&page=2");

        var tenth = await client.PageAsync(first[9]);
        Assert.Equal(first[8], tenth.QuerySelector(".record-trail a[rel=prev]")!.GetAttribute("href"));
        // The last hit of page 1 leads to the first of page 2, whose way back is page 2.
        Assert.Equal(second[0], tenth.QuerySelector(".record-trail a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(Search, tenth.QuerySelector(".record-trail a.back")!.GetAttribute("href"));
        Assert.Equal("Result 10 of 25", tenth.Text(".record-trail .position"));

        var eleventh = await client.PageAsync(second[0]);
        Assert.Equal(first[9], eleventh.QuerySelector(".record-trail a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(Search + "&page=2", eleventh.QuerySelector(".record-trail a.back")!.GetAttribute("href"));
        Assert.Contains(IdOf(second[1]), eleventh.QuerySelector(".record-trail a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_first_hit_has_no_previous_and_the_last_no_next()
    {
        var first = await client.PageAsync((await ResultLinks(Search))[0]);
        Assert.Null(first.QuerySelector(".record-trail a[rel=prev]"));
        Assert.NotNull(first.QuerySelector(".record-trail a[rel=next]"));

        var last = await client.PageAsync((await ResultLinks(Search + "&page=3")).Last());
        Assert.Equal("Result 25 of 25", last.Text(".record-trail .position"));
        Assert.Null(last.QuerySelector(".record-trail a[rel=next]"));
        Assert.NotNull(last.QuerySelector(".record-trail a[rel=prev]"));
    }

    [Fact]
    public async Task The_query_stays_in_the_header_box_and_is_marked_in_the_record()
    {
        var d = await client.PageAsync((await ResultLinks(Search))[0]);
        Assert.Equal("饶权", d.QuerySelector("#q-top")!.GetAttribute("value"));
        Assert.Contains("饶权", d.QuerySelectorAll(".record-body mark").Select(m => m.TextContent));

        // English: the stem matches "protection" for "protect", as the search did.
        var en = await client.PageAsync("/records/en-nlc?q=protect&n=1");
        Assert.Equal(["protection"], en.QuerySelectorAll(".record-body mark").Select(m => m.TextContent).Distinct());
        Assert.Contains("protection", en.QuerySelectorAll("article.record h1 mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task The_record_page_with_a_search_names_the_plain_record_as_canonical()
    {
        var plain = await client.PageAsync("/records/zh-03");
        Assert.Null(plain.QuerySelector(".record-trail"));
        Assert.Empty(plain.QuerySelectorAll("mark"));
        Assert.Null(plain.QuerySelector("meta[name=robots]"));

        var withSearch = await client.PageAsync("/records/zh-03?q=%E9%A5%B6%E6%9D%83&n=4");
        Assert.NotNull(withSearch.QuerySelector(".record-trail a.back"));
        Assert.EndsWith("/records/zh-03", withSearch.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(withSearch.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task A_position_that_no_longer_holds_the_record_keeps_only_the_way_back()
    {
        var d = await client.PageAsync("/records/zh-03?q=%E9%A5%B6%E6%9D%83&sort=newest&n=1");
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&sort=newest", d.QuerySelector(".record-trail a.back")!.GetAttribute("href"));
        Assert.Null(d.QuerySelector(".record-trail a[rel=prev]"));
        Assert.Null(d.QuerySelector(".record-trail a[rel=next]"));
        Assert.Null(d.QuerySelector(".record-trail .position"));
    }

    [Fact]
    public async Task A_record_page_with_its_search_and_its_citations_come_from_the_output_cache()
    {
        var url = (await ResultLinks(Search))[2];
        Assert.Null((await client.GetAsync(url)).Headers.Age);
        Assert.NotNull((await client.GetAsync(url)).Headers.Age);
        Assert.Null((await client.GetAsync("/records/zh-02/cite.bib")).Headers.Age);
        Assert.NotNull((await client.GetAsync("/records/zh-02/cite.bib")).Headers.Age);
    }

    [Theory]
    [InlineData("?q=%22unbalanced&n=1")]
    [InlineData("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&n=2")]
    [InlineData("?n=99999999999999999999")]
    [InlineData("?n=-3&page=-1&sort=sideways")]
    [InlineData("?f=..%2F..%2Fetc%2Fpasswd&f=year:abc&n=1")]
    [InlineData("?q=AND+OR+NOT+(((&n=10001")]
    public async Task Hostile_search_parameters_never_break_the_record_page(string query)
    {
        var response = await client.GetAsync("/records/zh-03" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var d = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("国家图书馆召开第3次馆务会议", d.Text("article.record h1"));
        Assert.Empty(d.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.NotNull(d.QuerySelector(".record-trail a.back"));
    }
}
