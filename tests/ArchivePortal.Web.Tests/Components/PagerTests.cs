using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Bunit;

namespace ArchivePortal.Web.Tests.Components;

public sealed class PagerTests : BunitContext
{
    IRenderedComponent<Pager> Render(SearchState state, int pageCount, string ui = "en") =>
        Render<Pager>(p => p.Add(c => c.State, state).Add(c => c.PageCount, pageCount).Add(c => c.T, Texts.For(ui)));

    [Fact]
    public void Pager_keeps_parameters_marks_the_current_page_and_elides_far_pages()
    {
        var state = new SearchState { Query = "饶权", Filters = [new("year", "2021")], Sort = SearchSort.Oldest, Page = 6 };
        var cut = Render(state, 20, ui: "vi");
        Assert.Equal("Phân trang", cut.Find("nav").GetAttribute("aria-label"));
        var pages = cut.FindAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["‹ Trang trước", "1", "…", "4", "5", "6", "7", "8", "…", "20", "Trang sau ›"], pages);
        Assert.Equal("6", cut.Find("a[aria-current=page]").TextContent);
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=year:2021&sort=oldest&page=7", cut.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void The_first_page_has_no_previous_link_and_the_gap_is_hidden_from_screen_readers()
    {
        var cut = Render(new SearchState { Query = "x" }, 9);
        cut.Find("nav ul").MarkupMatches("""
            <ul>
                <li><a href="/search?q=x" aria-current="page" aria-label="Page 1">1</a></li>
                <li><a href="/search?q=x&amp;page=2" aria-label="Page 2">2</a></li>
                <li><a href="/search?q=x&amp;page=3" aria-label="Page 3">3</a></li>
                <li class="gap" aria-hidden="true">…</li>
                <li><a href="/search?q=x&amp;page=9" aria-label="Page 9">9</a></li>
                <li><a href="/search?q=x&amp;page=2" rel="next">Next ›</a></li>
            </ul>
            """);
    }

    [Fact]
    public void Pager_is_absent_for_a_single_page()
    {
        Render(new SearchState(), 1).MarkupMatches("");
    }
}
