using AngleSharp.Dom;
using ArchivePortal.Ingest.Html;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>The links of a page and what the page says about following and indexing it.</summary>
/// <param name="Links">Absolute, normalized http(s) links, in page order, without duplicates.</param>
/// <param name="LinkTextShare">The share of the body's text that is link text: near 1 for a list of links, low for an article.</param>
/// <param name="Refusal">Why the page was not read (too deep, too slow), or null; a refused page has no links.</param>
public sealed record PageLinks(IReadOnlyList<Uri> Links, bool NoFollow, bool NoIndex, double LinkTextShare, HtmlRefusal? Refusal = null);

/// <summary>
/// Finds the links of an HTML page: &lt;a href&gt; and &lt;area href&gt;, resolved against &lt;base href&gt; or the
/// page URL and normalized; rel=nofollow links and a &lt;meta name=robots&gt; nofollow page are not followed.
/// The scope is the caller's business.
/// </summary>
public static class LinkExtractor
{
    public static PageLinks Extract(string html, Uri pageUrl, HtmlLimits? limits = null) =>
        Extract(BoundedHtmlParser.Parse(html, limits), pageUrl);

    /// <summary>The links of a page already parsed (its article is read from the same document); the document is not changed.</summary>
    public static PageLinks Extract(ParsedHtml parsed, Uri pageUrl)
    {
        if (parsed.Document is not { } document) return new PageLinks([], false, false, 0, parsed.Refusal);
        var robots = string.Join(',', document.QuerySelectorAll("meta[name]")
                .Where(m => m.GetAttribute("name") is { } n && (n.Equals("robots", StringComparison.OrdinalIgnoreCase) || n.Equals(RobotsRules.UserAgentToken, StringComparison.OrdinalIgnoreCase)))
                .Select(m => m.GetAttribute("content") ?? ""))
            .ToLowerInvariant();
        var noFollow = robots.Contains("nofollow") || robots.Contains("none");
        var noIndex = robots.Contains("noindex") || robots.Contains("none");

        var baseUrl = UrlNormalizer.Resolve(pageUrl, document.QuerySelector("base[href]")?.GetAttribute("href")) ?? pageUrl;
        var links = new List<Uri>();
        var seen = new HashSet<Uri>();
        var anchors = document.QuerySelectorAll("a[href], area[href]");
        foreach (var a in anchors)
        {
            if ((a.GetAttribute("rel") ?? "").Split(' ').Contains("nofollow", StringComparer.OrdinalIgnoreCase)) continue;
            if (UrlNormalizer.Resolve(baseUrl, a.GetAttribute("href")) is { } link && seen.Add(link)) links.Add(link);
        }
        var share = LinkTextShare(document.Body, anchors);
        if (parsed.Budget.IsSpent) return new PageLinks([], false, false, 0, parsed.Budget.Refusal());
        return new PageLinks(noFollow ? [] : links, noFollow, noIndex, share);
    }

    static double LinkTextShare(IElement? body, IEnumerable<IElement> anchors)
    {
        var total = Letters(body?.TextContent);
        if (total == 0) return 0;
        var linked = anchors.Where(a => a.LocalName == "a").Sum(a => Letters(a.TextContent));
        return Math.Min(1.0, (double)linked / total);
    }

    static int Letters(string? text) => text?.Count(char.IsLetterOrDigit) ?? 0;
}
