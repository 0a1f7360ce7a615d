using System.Globalization;
using AngleSharp.Dom;
using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Bunit;

namespace ArchivePortal.Web.Tests.Components;

public sealed class YearHistogramTests : BunitContext
{
    IRenderedComponent<YearHistogram> Render(IReadOnlyList<FacetValue> years, SearchState? state = null, string ui = "en") =>
        Render<YearHistogram>(p => p.Add(c => c.Years, years).Add(c => c.State, state ?? new SearchState()).Add(c => c.T, Texts.For(ui)));

    static double X(IElement rect) => double.Parse(rect.GetAttribute("x")!, CultureInfo.InvariantCulture);

    static List<string> Labels(IRenderedComponent<YearHistogram> cut) => cut.FindAll("svg text").Select(t => t.TextContent).ToList();

    [Fact]
    public void Histogram_draws_one_linked_bar_per_year_in_order_scaled_to_the_largest()
    {
        IReadOnlyList<FacetValue> years = [new("2022", 5), new("2020", 10), new("2021", 1)];
        var cut = Render(years, new SearchState { Query = "x", Filters = [new("year", "2021")] }, ui: "zh");
        var bars = cut.FindAll("svg a");
        Assert.Equal(["2020", "2021", "2022"], bars.Select(b => b.TextContent.Trim()[^4..]).ToList());
        Assert.Equal("/search?q=x&f=year:2021&f=year:2020", bars[0].GetAttribute("href"));
        Assert.Equal("/search?q=x", bars[1].GetAttribute("href")); // the selected year's bar removes it
        Assert.Contains("selected", bars[1].GetAttribute("class"));
        var heights = bars.Select(b => double.Parse(b.QuerySelector("rect")!.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(heights[0] > heights[2] && heights[2] > heights[1]);
        Assert.Equal("2020年：10 条记录", bars[0].GetAttribute("aria-label"));
        cut.Find("figcaption").MarkupMatches("""<figcaption id="histogram-caption">各年份记录数</figcaption>""");
    }

    [Fact]
    public void Years_without_records_keep_an_empty_unlinked_slot_so_bars_stand_as_far_apart_as_their_years()
    {
        var cut = Render([new("2010", 1), new("2005", 3)]);
        var bars = cut.FindAll("svg a rect").ToList();
        var empty = cut.FindAll("svg .empty-year rect").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(4, empty.Count); // 2006 to 2009
        Assert.All(empty, r => Assert.Equal("0", r.GetAttribute("height")));
        Assert.All(empty, r => Assert.Null(r.Closest("a")));
        var oneYear = X(empty[0]) - X(bars[0]);
        Assert.Equal(5 * oneYear, X(bars[1]) - X(bars[0]));
        Assert.Equal(["2005", "2006", "2007", "2008", "2009", "2010"], Labels(cut));
    }

    [Theory]
    [InlineData(1993, 32, "1993 2000 2005 2010 2015 2020 2024")]
    [InlineData(2005, 20, "2005 2008 2010 2012 2014 2016 2018 2020 2022 2024")] // 2006 would touch 2005
    public void Labels_name_the_first_and_last_years_and_round_years_between(int first, int span, string labels)
    {
        var cut = Render(Enumerable.Range(first, span).Select(y => new FacetValue(y.ToString(), 1)).ToList());
        Assert.Equal(labels.Split(' '), Labels(cut));
    }

    [Fact]
    public void Past_forty_years_only_years_with_records_have_slots_and_a_break_marks_each_gap()
    {
        var cut = Render([new("1400", 1), new("2020", 5), new("2021", 2), new("2023", 1)]);
        Assert.Equal(4, cut.FindAll("svg a").Count);
        Assert.Empty(cut.FindAll("svg .empty-year"));
        Assert.Equal(2, cut.FindAll("svg .axis-break").Count); // 1401–2019 and 2022
        Assert.Equal(["1400", "2020", "2021", "2023"], Labels(cut));
    }

    [Fact]
    public void No_years_draw_no_chart()
    {
        Render([]).MarkupMatches("");
    }
}
