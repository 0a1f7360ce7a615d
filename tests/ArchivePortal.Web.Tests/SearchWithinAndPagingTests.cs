using System.Net;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// Issue 15's results page: search within the selected filters, 10/20/50 per page, a pager above
/// the results too, the page number in the title, and where the pages stop past 10,000 results.
/// </summary>
public sealed class SearchWithinAndPagingTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task The_search_box_of_a_filtered_page_offers_to_keep_its_filters_checked()
    {
        var d = await client.PageAsync("/search?q=饶权&f=lang:zh&f=year:2021");
        var form = d.QuerySelector("header form[role=search]")!;
        var box = form.QuerySelector("input[type=checkbox][name=within]")!;
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("Search within these results", box.ParentElement!.TextContent.Trim());
        Assert.Equal(["lang:zh", "year:2021"], form.QuerySelectorAll("input[type=hidden][name=wf]").Select(i => i.GetAttribute("value")));

        var plain = await client.PageAsync("/search?q=饶权");
        Assert.Null(plain.QuerySelector("header input[name=within]"));
    }

    [Fact]
    public async Task A_new_query_with_the_box_checked_keeps_the_filters()
    {
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString("古籍") + "&wf=lang:zh&wf=year:2021&within=1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=%E5%8F%A4%E7%B1%8D&f=lang:zh&f=year:2021", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_new_query_with_the_box_unchecked_drops_the_filters()
    {
        // An unchecked box is not sent: the kept filters arrive alone and are ignored.
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString("古籍") + "&wf=lang:zh&wf=year:2021");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=%E5%8F%A4%E7%B1%8D", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Twenty_per_page_shows_twenty_and_every_link_keeps_the_choice()
    {
        var d = await client.PageAsync("/search?q=饶权&per_page=20");
        Assert.Equal(20, d.QuerySelectorAll("article.hit").Length);
        Assert.Equal("Showing 1–20 of 26", d.Text(".count"));
        Assert.Equal("20", d.QuerySelector("#per-page option[selected]")!.GetAttribute("value"));
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&page=2&per_page=20", d.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var second = await client.PageAsync("/search?q=饶权&page=2&per_page=20");
        Assert.Equal("Showing 21–26 of 26", second.Text(".count"));
    }

    [Fact]
    public async Task A_page_size_not_offered_means_ten()
    {
        var d = await client.PageAsync("/search?q=饶权&per_page=100000");
        Assert.Equal(10, d.QuerySelectorAll("article.hit").Length);
        Assert.Equal(["10", "20", "50"], d.QuerySelectorAll("#per-page option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task The_pager_is_above_the_results_too_under_a_name_of_its_own()
    {
        var d = await client.PageAsync("/search?q=饶权&page=2");
        var top = d.QuerySelector("nav.pager-top")!;
        var bottom = d.QuerySelector("nav.pager")!;
        Assert.True(top.CompareDocumentPosition(d.QuerySelector("article.hit")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal("2", top.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal(bottom.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), top.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.NotEqual(bottom.GetAttribute("aria-label"), top.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("en", "“饶权” — search results, page 2 · ")]
    [InlineData("zh", "“饶权” — 检索结果（第 2 页） · ")]
    [InlineData("vi", "“饶权” — kết quả tìm kiếm, trang 2 · ")]
    public async Task The_title_says_which_page_it_is(string ui, string start)
    {
        var d = await app.Client(ui).PageAsync("/search?q=饶权&page=2");
        Assert.StartsWith(start, d.Title);
    }

    [Fact]
    public async Task Sort_and_page_size_apply_on_change_by_a_script_file_and_keep_their_button_without_script()
    {
        var d = await client.PageAsync("/search?q=饶权");
        var form = d.QuerySelector("form.sort[data-submit-on-change]")!;
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Empty(d.QuerySelectorAll("script:not([src])"));
        var script = d.QuerySelector("script[src^='/search.js?v=']")!;
        var js = await client.GetAsync(script.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("requestSubmit", await js.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_number_past_ten_thousand_results_is_held_at_the_last_page_it_can_show()
    {
        Assert.Equal(SearchState.MaxResults / 50, SearchState.From(new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
            { ["page"] = "999", ["per_page"] = "50" })).Page);
        var state = new SearchState { Query = "library", Page = 500, PerPage = 20 };
        var view = new ResultsView(state, new Core.Search.SearchResults { Hits = [], Total = 25_000 }, []);
        Assert.Equal(500, view.PageCount);
        Assert.True(view.PagesStopEarly);
    }
}
