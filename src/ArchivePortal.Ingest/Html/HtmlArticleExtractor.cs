using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;
using ArchivePortal.Ingest.Chrome;
using AngleSharp.Html.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Takes the article out of an HTML page: title, paragraphs without navigation, header, footer,
/// sidebars and other chrome, date, language and canonical URL. Used by the HTML file reader and the crawler.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>Extracts the article of <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="baseUrl">Where the page came from, to resolve a relative canonical link; null for files.</param>
    /// <param name="limits">How deep and how long the page may be read; <see cref="HtmlLimits.Default"/> when null.</param>
    public static HtmlArticle Extract(string html, Uri? baseUrl, HtmlLimits? limits = null) =>
        Extract(BoundedHtmlParser.Parse(html, limits), baseUrl);

    /// <summary>Extracts the article of a page already parsed (the crawler reads its links from the same document); it counts against the same time budget.</summary>
    /// <param name="parsed">The page, parsed by <see cref="BoundedHtmlParser"/>; its document is not changed.</param>
    /// <param name="baseUrl">Where the page came from, to resolve a relative canonical link; null for files.</param>
    public static HtmlArticle Extract(ParsedHtml parsed, Uri? baseUrl)
    {
        if (parsed.Document is not { } document) return HtmlArticle.Refused(parsed.Refusal!);
        var root = ContentRootFinder.Find(document);
        var title = HtmlTitleFinder.Find(document, root);

        var chrome = PageChromeRemover.Default.Remove(HtmlTextWriter.Write(root));
        var text = WithoutLeadingTitle(chrome.Text, title);
        if (parsed.Budget.IsSpent) return HtmlArticle.Refused(parsed.Budget.Refusal());

        var date = HtmlDateFinder.Find(document)
            ?? DateExtractor.FindHeader(chrome.RemovedText)
            ?? DateExtractor.Find(text, title);

        var declared = LanguageCodes.Normalize(document.DocumentElement.GetAttribute("lang")
            ?? document.DocumentElement.GetAttribute("xml:lang"));
        var detected = LanguageDetector.Detect($"{title}\n{text}");
        // <html lang> is often a site-wide template value (an English section still says zh-CN), so it only
        // decides between Simplified and Traditional, which the character counts cannot always tell.
        var language = declared is not null && LanguageCodes.IsChinese(declared) && LanguageCodes.IsChinese(detected)
            ? declared : detected;

        return new HtmlArticle(title, text, date, declared, language, Canonical(document, baseUrl), chrome.RemovedLines);
    }

    // An <article> often starts with its own <h1>; the title is a field of its own, not the first paragraph.
    static string WithoutLeadingTitle(string text, string? title)
    {
        if (string.IsNullOrEmpty(title)) return text;
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        if (HtmlTitleFinder.Normalize(first) != title) return text;
        return end < 0 ? "" : text[(end + 2)..];
    }

    static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";

    static Uri? Canonical(IHtmlDocument document, Uri? baseUrl)
    {
        var href = document.QuerySelectorAll("link[rel]")
            .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(href)) return null;
        // On Unix "/news/42" parses as an absolute file: URI, so a non-web absolute URI is tried as relative too.
        // UriParsing: System.Uri throws on some hrefs (bidi controls in the host) instead of failing.
        if (UriParsing.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && IsWeb(absolute)) return absolute;
        return baseUrl is not null && UriParsing.TryCreate(baseUrl, href.Trim(), out var resolved) && IsWeb(resolved) ? resolved : null;
    }
}
