using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Tests.Components;

public sealed class ResultItemPagerHistogramTests
{
    [Fact]
    public async Task Result_item_shows_title_link_date_institution_badge_and_marked_snippet()
    {
        var hit = new SearchHit
        {
            Id = "a b", Title = "Rao Quan", TitleHtml = "<mark>Rao</mark> Quan &lt;b&gt;", SnippetHtml = "…the <mark>director</mark>…",
            Language = "vi", Date = new DateOnly(2021, 1, 28), Institution = "NLC <i>x</i>", Type = "meeting",
        };
        var d = await ComponentRenderer.RenderAsync<ResultItem>(new() { ["Hit"] = hit, ["T"] = Texts.For("en") });
        var link = d.QuerySelector("h3 a")!;
        Assert.Equal("/records/a%20b", link.GetAttribute("href"));
        Assert.Equal("Rao", link.QuerySelector("mark")!.TextContent);
        Assert.Equal("Rao Quan <b>", link.TextContent);
        Assert.Equal("2021-01-28", d.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Vietnamese", d.Text(".badge"));
        Assert.Equal("NLC <i>x</i>", d.Text(".institution"));
        Assert.Null(d.QuerySelector(".institution i"));
        Assert.Equal("director", d.Text(".snippet mark"));
        Assert.Equal("vi", d.QuerySelector("article")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Pager_keeps_parameters_marks_the_current_page_and_elides_far_pages()
    {
        var state = new SearchState { Query = "饶权", Filters = [new("year", "2021")], Sort = SearchSort.Oldest, Page = 6 };
        var d = await ComponentRenderer.RenderAsync<Pager>(new() { ["State"] = state, ["PageCount"] = 20, ["T"] = Texts.For("vi") });
        Assert.Equal("Phân trang", d.QuerySelector("nav")!.GetAttribute("aria-label"));
        var pages = d.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["‹ Trang trước", "1", "…", "4", "5", "6", "7", "8", "…", "20", "Trang sau ›"], pages);
        Assert.Equal("6", d.Text("a[aria-current=page]"));
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=year:2021&sort=oldest&page=7", d.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pager_is_absent_for_a_single_page()
    {
        var d = await ComponentRenderer.RenderAsync<Pager>(new() { ["State"] = new SearchState(), ["PageCount"] = 1, ["T"] = Texts.For("en") });
        Assert.Null(d.QuerySelector("nav"));
    }

    [Fact]
    public async Task Histogram_draws_one_linked_bar_per_year_in_order_scaled_to_the_largest()
    {
        IReadOnlyList<FacetValue> years = [new("2022", 5), new("2020", 10), new("2021", 1)];
        var state = new SearchState { Query = "x", Filters = [new("year", "2021")] };
        var d = await ComponentRenderer.RenderAsync<YearHistogram>(new() { ["Years"] = years, ["State"] = state, ["T"] = Texts.For("zh") });
        var bars = d.QuerySelectorAll("svg a");
        Assert.Equal(["2020", "2021", "2022"], bars.Select(b => b.TextContent.Trim()[^4..]).ToList());
        Assert.Equal("/search?q=x&f=year:2021&f=year:2020", bars[0].GetAttribute("href"));
        Assert.Equal("/search?q=x", bars[1].GetAttribute("href")); // the selected year's bar removes it
        Assert.Contains("selected", bars[1].GetAttribute("class"));
        var heights = bars.Select(b => double.Parse(b.QuerySelector("rect")!.GetAttribute("height")!)).ToList();
        Assert.True(heights[0] > heights[2] && heights[2] > heights[1]);
        Assert.Equal("2020年：10 条记录", bars[0].QuerySelector("title")!.TextContent);
        Assert.Equal("各年份记录数", d.Text("figcaption"));
    }

    static Task<AngleSharp.Dom.IDocument> Histogram(IReadOnlyList<FacetValue> years) =>
        ComponentRenderer.RenderAsync<YearHistogram>(new() { ["Years"] = years, ["State"] = new SearchState(), ["T"] = Texts.For("en") });

    static double X(AngleSharp.Dom.IElement rect) => double.Parse(rect.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture);

    static List<string> Labels(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll("svg text").Select(t => t.TextContent).ToList();

    [Fact]
    public async Task Years_without_records_keep_an_empty_unlinked_slot_so_bars_stand_as_far_apart_as_their_years()
    {
        var d = await Histogram([new("2010", 1), new("2005", 3)]);
        var bars = d.QuerySelectorAll("svg a rect").ToList();
        var empty = d.QuerySelectorAll("svg .empty-year rect").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(4, empty.Count); // 2006 to 2009
        Assert.All(empty, r => Assert.Equal("0", r.GetAttribute("height")));
        Assert.All(empty, r => Assert.Null(r.Closest("a")));
        var oneYear = X(empty[0]) - X(bars[0]);
        Assert.Equal(5 * oneYear, X(bars[1]) - X(bars[0]));
        Assert.Equal(["2005", "2006", "2007", "2008", "2009", "2010"], Labels(d));
    }

    [Theory]
    [InlineData(1993, 32, "1993 2000 2010 2024")] // six labels at most, none nearer than a sixth of the axis: 2020 would touch 2024
    [InlineData(2005, 20, "2005 2010 2015 2020 2024")]
    public async Task Labels_name_the_first_and_last_years_and_round_years_between(int first, int span, string labels)
    {
        var d = await Histogram(Enumerable.Range(first, span).Select(y => new FacetValue(y.ToString(), 1)).ToList());
        Assert.Equal(labels.Split(' '), Labels(d));
    }

    [Fact]
    public async Task Past_forty_years_only_years_with_records_have_slots_and_a_break_marks_each_gap()
    {
        var d = await Histogram([new("1400", 1), new("2020", 5), new("2021", 2), new("2023", 1)]);
        Assert.Equal(4, d.QuerySelectorAll("svg a").Length);
        Assert.Empty(d.QuerySelectorAll("svg .empty-year"));
        Assert.Equal(2, d.QuerySelectorAll("svg .axis-break").Length); // 1401–2019 and 2022
        Assert.Equal(["1400", "2020", "2021", "2023"], Labels(d));
    }
}
