using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchivePortal.Web.Records;

/// <summary>
/// Renders a record's body from Markdown. Raw HTML is disabled (written out as text), and links
/// keep only http, https, mailto and relative targets; the rest point nowhere. Images become
/// links to the picture, named by their description: the portal loads nothing from other sites
/// (a visitor's reading is nobody else's business, and the content security policy forbids it).
/// </summary>
public static class SafeMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    /// <summary>
    /// The body as HTML; a body Markdig cannot take (nesting too deep: a line of 130 "&gt;", a list
    /// 150 levels down) is shown as plain paragraphs instead of failing its page.
    /// </summary>
    public static string ToHtml(string markdown)
    {
        try
        {
            return Render(markdown);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            return PlainParagraphs(markdown);
        }
    }

    static string PlainParagraphs(string text) => string.Concat(
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n"));

    static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
            if (link.IsImage)
            {
                link.IsImage = false;
                if (link.FirstChild is null) link.AppendChild(new LiteralInline("[image]"));
            }
            link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
        }
        foreach (var auto in document.Descendants<AutolinkInline>())
            if (!IsSafe(auto.Url)) auto.Url = "#";
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var u = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = u.IndexOf(':');
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative
        var scheme = u[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
