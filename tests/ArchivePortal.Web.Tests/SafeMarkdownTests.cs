using ArchivePortal.Web.Records;

namespace ArchivePortal.Web.Tests;

public sealed class SafeMarkdownTests
{
    /// <summary>A picture from another site is offered as a link, never loaded (the page would show a broken image).</summary>
    [Fact]
    public void An_image_becomes_a_link_named_by_its_description()
    {
        var d = Html.Parse(SafeMarkdown.ToHtml("The opening.\n\n![Opening ceremony](http://photos.example/x.png)\n\n![](javascript:alert(1))"));
        Assert.Empty(d.QuerySelectorAll("img"));
        var links = d.QuerySelectorAll("a");
        Assert.Equal("Opening ceremony", links[0].TextContent);
        Assert.Equal("http://photos.example/x.png", links[0].GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", links[0].GetAttribute("rel"));
        Assert.Equal("[image]", links[1].TextContent);
        Assert.Equal("#", links[1].GetAttribute("href"));
    }

    [Theory]
    [InlineData(130, ">")]
    [InlineData(150, "-")]
    public void A_body_nested_too_deep_for_markdown_is_shown_as_plain_paragraphs(int depth, string marker)
    {
        var nested = marker == ">"
            ? new string('>', depth) + " quoted deep down"
            : string.Join("\n", Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item " + i));
        var body = "First paragraph.\n\n" + nested;

        var html = ArchivePortal.Web.Records.SafeMarkdown.ToHtml(body);

        Assert.Contains("First paragraph.", html);
        Assert.Contains(marker == ">" ? "quoted deep down" : "item 149", html);
    }
}
