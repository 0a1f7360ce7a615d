using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Tests.Components;

/// <summary>The histogram is one tab stop: its bars are for the mouse, a list of years behind one disclosure is for the keyboard and screen readers.</summary>
public sealed class YearHistogramAccessTests
{
    static Task<AngleSharp.Dom.IDocument> Render(IReadOnlyList<FacetValue> years, SearchState state, string ui = "en") =>
        ComponentRenderer.RenderAsync<YearHistogram>(new() { ["Years"] = years, ["State"] = state, ["T"] = Texts.For(ui) });

    static IReadOnlyList<FacetValue> Twenty => Enumerable.Range(2001, 20).Select(y => new FacetValue(y.ToString(), y % 7 + 1)).ToList();

    [Fact]
    public async Task The_bars_are_out_of_the_tab_order_and_the_chart_is_hidden_from_screen_readers()
    {
        var d = await Render(Twenty, new SearchState { Query = "x" });
        Assert.Equal("true", d.QuerySelector("svg")!.GetAttribute("aria-hidden"));
        var bars = d.QuerySelectorAll("svg a");
        Assert.Equal(20, bars.Length);
        Assert.All(bars, b => Assert.Equal("-1", b.GetAttribute("tabindex")));
    }

    [Fact]
    public async Task Every_year_is_in_a_list_behind_one_disclosure_newest_first_with_its_count_and_filter()
    {
        var d = await Render(Twenty, new SearchState { Query = "x", Filters = [new("year", "2005")] }, ui: "vi");
        Assert.Equal("Chọn năm", d.Text("figure details.year-list summary"));
        var links = d.QuerySelectorAll("details.year-list li a");
        Assert.Equal(20, links.Length);
        Assert.Equal("Năm 2020: 5 bản ghi", links[0].TextContent.Trim());
        Assert.Equal("/search?q=x&f=year:2005&f=year:2020", links[0].GetAttribute("href"));
        var selected = links.Single(a => a.GetAttribute("aria-current") == "true");
        Assert.Equal("/search?q=x", selected.GetAttribute("href"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(40)]
    public async Task The_chart_is_drawn_narrow_enough_never_to_be_scaled_down_and_its_labels_are_twelve_units(int span)
    {
        var d = await Render(Enumerable.Range(1980, span).Select(y => new FacetValue(y.ToString(), 1)).ToList(), new SearchState());
        var width = double.Parse(d.QuerySelector("svg")!.GetAttribute("viewBox")!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        // The results' sidebar is about 230 px wide: a wider chart would be scaled down, its labels with it.
        Assert.InRange(width, 1, 224);
        Assert.All(d.QuerySelectorAll("svg text"), t => Assert.Equal("12", t.GetAttribute("font-size")));
    }
}
