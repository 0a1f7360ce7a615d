using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Html;

/// <summary>
/// Pages past the nesting or time limit are refused with a code; sloppy pages that real sites serve (unclosed
/// cells, list items, paragraphs, fonts) are not, since the parser closes those itself.
/// </summary>
public sealed class HtmlLimitsTests
{
    static string Page(string body) => $"<html lang=\"en\"><head><title>Sloppy page</title></head><body><h1>Sloppy page</h1>{body}</body></html>";

    static string Repeat(string html, int times) => string.Concat(Enumerable.Repeat(html, times));

    [Theory]
    [InlineData("<table>", "<tr><td><font size=2>Cell text of the table", "</table>")]
    [InlineData("<ul>", "<li><b>A list item with bold text", "</ul>")]
    [InlineData("", "<p><font face=Arial>A paragraph never closed", "")]
    [InlineData("<dl>", "<dt>Term<dd>Definition of the term", "</dl>")]
    [InlineData("<select>", "<option>An option", "</select>")]
    [InlineData("", "<h2>Heading<h3>Subheading", "")]
    [InlineData("", "<a href=\"/x\">A link never closed", "")]
    [InlineData("<div>", "<form><input name=q>A form never closed", "</div>")]
    [InlineData("<script>", "document.write('<div>');", "</script>")]
    [InlineData("<!--", "<div>", "-->")]
    [InlineData("<p title=\"", "<div>", "\">Text</p>")]
    public void Unclosed_elements_that_the_parser_closes_itself_are_read(string before, string repeated, string after)
    {
        var article = HtmlArticleExtractor.Extract(Page(before + Repeat(repeated, 2000) + after), null);
        Assert.Null(article.Refusal);
        Assert.Equal("Sloppy page", article.Title);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span>", "</span>")]
    [InlineData("<b>", "</b>")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    public void Nesting_up_to_the_limit_is_read_and_past_it_refused(string open, string close)
    {
        var limit = HtmlLimits.Default.MaxDepth;
        var within = HtmlArticleExtractor.Extract(Page(Repeat(open, limit / 3) + "Deep text." + Repeat(close, limit / 3)), null);
        var past = HtmlArticleExtractor.Extract(Page(Repeat(open, limit + 1) + "Deep text."), null);

        Assert.Null(within.Refusal);
        Assert.Equal(HtmlRefusal.TooDeep, past.Refusal?.Code);
        Assert.Null(past.Title);
    }

    [Fact]
    public void A_page_that_takes_longer_than_the_time_limit_is_refused()
    {
        var limits = HtmlLimits.Default with { MaxTime = TimeSpan.Zero };
        var article = HtmlArticleExtractor.Extract(Page("<p>Any page at all.</p>"), null, limits);
        Assert.Equal(HtmlRefusal.TooSlow, article.Refusal?.Code);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void A_refused_file_fails_with_its_code()
    {
        var result = HtmlRecordReader.Parse(Page(Repeat("<div>", 1000)), "deep.html");
        Assert.Equal(("deep.html", HtmlRefusal.TooDeep), (result.Failure?.Origin, result.Failure?.Code));
    }

    /// <summary>Found by the fuzz tests: a raw-text element (title) whose tag is the last, unclosed text threw out of the nesting pre-scan.</summary>
    [Theory]
    [InlineData("<html><hearset=\"rsx-klingd><meta chaon\"><title")]
    [InlineData("<title")]
    [InlineData("<script src=\"a\"")]
    public void A_page_ending_inside_a_raw_text_tag_is_read_without_throwing(string html)
    {
        var article = HtmlArticleExtractor.Extract(html, null);
        Assert.NotNull(article);
    }
}
