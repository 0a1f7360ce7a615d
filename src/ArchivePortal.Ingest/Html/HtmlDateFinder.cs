using System.Text.RegularExpressions;
using ArchivePortal.Core.Extraction;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Finds the date a page states for its article, outside the article text: a &lt;meta&gt; publication
/// date, a &lt;time&gt; element, or a small date/info line next to the title
/// (<c>&lt;div class="art-info"&gt;发布时间：2017-09-26</c>, <c>&lt;div class="news-date"&gt;</c>).
/// The caller falls back to the article text when none is found.
/// </summary>
internal static class HtmlDateFinder
{
    /// <summary>A date or info line longer than this is a block of text, not a date line.</summary>
    const int MaxDateLineLength = 200;
    /// <summary>How many elements named like a date line are tried; reading each one's text costs its whole subtree.</summary>
    const int MaxDateLines = 200;

    static readonly HashSet<string> MetaNames =
    [
        "article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date", "publication_date",
        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "datepublished", "sailthru.date",
    ];

    static readonly Regex DateLineName = new(@"date|time|info|meta|pub", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The stated date of the page, or null.</summary>
    public static DateMatch? Find(IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"))?.ToLowerInvariant();
            if (name is not null && MetaNames.Contains(name) && DateExtractor.Find(meta.GetAttribute("content") ?? "") is { } m) return m;
        }

        if (document.Body is not { } body) return null;
        foreach (var time in body.QuerySelectorAll("time"))
        {
            if (HtmlChrome.IsInChrome(time, headersAllowed: true)) continue;
            if ((DateExtractor.Find(time.GetAttribute("datetime") ?? "") ?? DateExtractor.Find(time.TextContent)) is { } m) return m;
        }

        var named = body.QuerySelectorAll("*").Where(e => DateLineName.IsMatch($"{e.GetAttribute("class")} {e.Id}"));
        foreach (var element in named.Take(MaxDateLines))
        {
            var text = element.TextContent;
            if (text.Length > MaxDateLineLength || HtmlChrome.IsInChrome(element, headersAllowed: true)) continue;
            if (DateExtractor.Find(text) is { } m) return m;
        }
        return null;
    }
}
