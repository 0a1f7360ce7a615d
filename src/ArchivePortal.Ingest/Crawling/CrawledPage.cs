using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Normalization;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// A fetched and decoded page, parsed once: its links and its article come from the same document. The article is
/// read only when asked for, since listings and noindex pages are followed for their links and never stored.
/// </summary>
public sealed class CrawledPage
{
    readonly Uri url;
    readonly string text;
    readonly ParsedHtml? html;

    CrawledPage(Uri url, string text, ParsedHtml? html, PageLinks? links) => (this.url, this.text, this.html, Links) = (url, text, html, links);

    /// <summary>The page's links, or null for a text/plain page.</summary>
    public PageLinks? Links { get; }

    /// <summary>Normalizes and (for HTML) parses the decoded <paramref name="text"/> of the page at <paramref name="url"/>.</summary>
    public static CrawledPage Read(Uri url, string text, bool isHtml, HtmlLimits? limits = null)
    {
        text = IntakeText.Normalize(text);
        if (!isHtml) return new CrawledPage(url, text, null, null);
        var html = BoundedHtmlParser.Parse(text, limits);
        return new CrawledPage(url, text, html, LinkExtractor.Extract(html, url));
    }

    /// <summary>The page's article as a record, or why it holds none.</summary>
    public CrawledArticle Article() => html is null ? CrawledArticle.FromText(url, text) : CrawledArticle.FromHtml(url, html);
}
