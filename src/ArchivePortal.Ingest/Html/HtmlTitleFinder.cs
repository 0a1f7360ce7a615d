using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Finds an article's title: the longest heading that the page's &lt;title&gt; repeats (sites put the
/// article title in an h1 or h2 and again in &lt;title&gt;, next to their own name), else the &lt;h1&gt;
/// closest to the article, else &lt;title&gt; without the site name.
/// </summary>
internal static class HtmlTitleFinder
{
    static readonly Regex Separator = new(@"\s+[-–—|｜]\s+|_", RegexOptions.CultureInvariant);
    static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>The title of the article in <paramref name="root"/>, or null when the page has none.</summary>
    public static string? Find(IHtmlDocument document, IElement root)
    {
        var pageTitle = Normalize(document.Title ?? "");
        var headings = document.QuerySelectorAll("h1, h2, h3")
            .Where(h => !HtmlChrome.IsInChrome(h, headersAllowed: true))
            .Select(h => (Element: h, Text: Normalize(h.TextContent)))
            .Where(h => h.Text.Length >= 2)
            .ToList();

        var repeated = headings
            .Where(h => pageTitle.Contains(h.Text, StringComparison.Ordinal))
            .OrderByDescending(h => h.Text.Length)
            .FirstOrDefault();
        if (repeated.Text is not null) return repeated.Text;

        var h1 = headings.Where(h => h.Element.LocalName == "h1")
            .OrderByDescending(h => CommonDepth(h.Element, root))
            .FirstOrDefault();
        if (h1.Text is not null) return h1.Text;

        var siteName = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        return pageTitle.Length > 0 ? WithoutSiteName(pageTitle, siteName) : null;
    }

    /// <summary>
    /// Cuts the site name from a page title. The site name is what og:site_name says, when the page
    /// has it; else the last part ("Article - Site", "Article_Site", "Article | Site": the common
    /// convention), unless the first part is repeated at the start of the rest ("香港公共圖書館 - 香港公共圖書館舉辦…"),
    /// which marks a site name in front. A title with a dash of its own ("Ngày Thương binh - Liệt sĩ")
    /// loses its last part, which is why this is the last resort, after the headings.
    /// </summary>
    public static string WithoutSiteName(string title, string? siteName = null)
    {
        if (!string.IsNullOrWhiteSpace(siteName) && title != siteName.Trim())
        {
            var site = siteName.Trim();
            if (title.EndsWith(site, StringComparison.Ordinal)) return TrimSeparators(title[..^site.Length]);
            if (title.StartsWith(site, StringComparison.Ordinal)) return TrimSeparators(title[site.Length..]);
        }
        var separators = Separator.Matches(title);
        if (separators.Count == 0) return title;
        var first = separators[0];
        var prefix = title[..first.Index].Trim();
        var remainder = title[(first.Index + first.Length)..].Trim();
        if (prefix.Length > 0 && remainder.StartsWith(prefix, StringComparison.Ordinal) && remainder.Length > prefix.Length) return remainder;
        var last = separators[^1];
        var head = title[..last.Index].Trim();
        return head.Length > 0 ? head : title;
    }

    static string TrimSeparators(string text) => text.Trim().Trim('-', '–', '—', '|', '｜', '_', ':', '：').Trim();

    internal static string Normalize(string text) => Spaces.Replace(text, " ").Trim();

    // How deep the closest common ancestor of a heading and the article root lies.
    static int CommonDepth(IElement heading, IElement root)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = root; e is not null; e = e.ParentElement) ancestors.Add(e);
        var common = heading;
        while (common is not null && !ancestors.Contains(common)) common = common.ParentElement;
        var depth = 0;
        for (var e = common; e is not null; e = e.ParentElement) depth++;
        return depth;
    }
}
