using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Bunit;

namespace ArchivePortal.Web.Tests.Components;

/// <summary>Past 10,000 results the pager says where its pages end, in the visitor's language; the pager above the results has a name of its own.</summary>
public sealed class PagerStopTests : BunitContext
{
    [Theory]
    [InlineData("en", "Pages end at result 10,000")]
    [InlineData("zh", "翻页止于第 10,000 条")]
    [InlineData("vi", "Chỉ phân trang đến kết quả thứ 10.000")]
    public void The_pager_says_where_the_pages_stop(string ui, string text)
    {
        var cut = Render<Pager>(p => p.Add(c => c.State, new SearchState { Query = "library", Page = 1000 }).Add(c => c.PageCount, 1000)
            .Add(c => c.T, Texts.For(ui)).Add(c => c.StopsEarly, true));
        Assert.Equal(text, cut.Find(".pager-stop").TextContent.Trim());
        Assert.Empty(cut.FindAll("a[rel=next]"));
    }

    [Fact]
    public void The_pager_above_the_results_is_named_apart_from_the_one_below()
    {
        var top = Render<Pager>(p => p.Add(c => c.State, new SearchState { Query = "x" }).Add(c => c.PageCount, 3).Add(c => c.T, Texts.For("en")).Add(c => c.AtTop, true));
        Assert.Equal("Pages, above the results", top.Find("nav.pager-top").GetAttribute("aria-label"));
        Assert.Empty(top.FindAll(".pager-stop"));
    }
}
