using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using Bunit;

namespace ArchivePortal.Web.Tests.Components;

public sealed class ResultItemTests : BunitContext
{
    static readonly SearchHit Hit = new()
    {
        Id = "a b", Title = "Rao Quan", TitleHtml = "<mark>Rao</mark> Quan &lt;b&gt;", SnippetHtml = "…the <mark>director</mark>…",
        Language = "vi", Date = new DateOnly(2021, 1, 28), Institution = "NLC <i>x</i>", Type = "meeting",
    };

    IRenderedComponent<ResultItem> Render(SearchHit hit, string ui = "en") =>
        Render<ResultItem>(p => p.Add(c => c.Hit, hit).Add(c => c.T, Texts.For(ui)));

    [Fact]
    public void The_title_links_to_the_record_with_the_matched_words_marked()
    {
        var cut = Render(Hit);
        cut.Find("h3").MarkupMatches("""<h3 class="hit-title"><a href="/records/a%20b"><mark>Rao</mark> Quan &lt;b&gt;</a></h3>""");
        Assert.Equal("Rao Quan <b>", cut.Find("h3 a").TextContent);
    }

    [Fact]
    public void The_line_below_names_language_date_institution_and_type_in_the_interface_language()
    {
        var cut = Render(Hit, ui: "zh");
        Assert.Equal("vi", cut.Find("article").GetAttribute("lang"));
        Assert.Equal("越南文", cut.Find(".badge").TextContent);
        Assert.Equal("zh-Hans", cut.Find(".badge").GetAttribute("lang"));
        cut.Find("time").MarkupMatches("""<time datetime="2021-01-28">2021年1月28日</time>""");
        Assert.Equal("NLC <i>x</i>", cut.Find(".institution").TextContent);
        Assert.Empty(cut.FindAll(".institution i"));
    }

    [Fact]
    public void The_snippet_marks_the_matched_words_and_drops_markdown_emphasis_markers()
    {
        var cut = Render(Hit with { SnippetHtml = "…**the** <mark>director</mark>…" });
        cut.Find(".snippet").MarkupMatches("""<p class="snippet">…the <mark>director</mark>…</p>""");
    }

    [Fact]
    public void An_undated_record_without_institution_says_so_and_leaves_the_institution_out()
    {
        var cut = Render(Hit with { Date = null, Institution = null });
        Assert.Empty(cut.FindAll(".institution"));
        // "Undated" is no date: plain text, not a time element without one (invalid HTML).
        Assert.Empty(cut.FindAll("time"));
        cut.Find(".meta .undated").MarkupMatches("""<span class="undated">undated</span>""");
    }
}
