using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Finds the element that holds a page's article: an &lt;article&gt;, &lt;main&gt; or a block whose
/// class or id names content (content, article, TRS_Editor, news-body …); else the block with the most
/// paragraph text of its own.
/// </summary>
/// <remarks>
/// Candidates are scored by their prose: text that is not a link, heading or list item (those are
/// menus and link lists far more often than article text). Candidates nest (main-content › item-page ›
/// article-content), so of those holding nearly all of the best score the most specific one wins:
/// it leaves out the gallery, the toolbar and the date line that sit beside the article.
/// </remarks>
internal static class ContentRootFinder
{
    /// <summary>A nested candidate wins when it holds at least this share of the best candidate's prose.</summary>
    const double NestedShare = 0.85;

    static readonly Regex ContentName = new(
        @"content|article|trs_?editor|editor|entry|post|body|text|detail|story|main",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static readonly HashSet<string> Unscored = ["a", "h1", "h2", "h3", "h4", "h5", "h6", "li", "option"];

    /// <summary>The article element of <paramref name="document"/>; the body when nothing better is found.</summary>
    public static IElement Find(IHtmlDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var prose = new Dictionary<IElement, int>();
        Score(body, prose, 0);

        var candidates = prose.Keys.Where(e => IsCandidate(e) && prose[e] > 0 && !HtmlChrome.IsInChrome(e)).ToList();
        if (candidates.Count > 0)
        {
            var best = candidates.Max(e => prose[e]);
            return candidates
                .Where(e => prose[e] >= best * NestedShare)
                .OrderBy(e => prose[e]).ThenByDescending(Depth)
                .First();
        }
        return Densest(prose) ?? body;
    }

    static bool IsCandidate(IElement e) =>
        e.LocalName is "article" or "main" || e.GetAttribute("role") == "main" ||
        (e.LocalName is "div" or "section" or "td" && ContentName.IsMatch($"{e.GetAttribute("class")} {e.Id}"));

    // Prose length of every non-chrome element, bottom-up, computed once.
    static int Score(IElement element, Dictionary<IElement, int> prose, int depth)
    {
        // Chrome, and text inside links, headings and list items, is not prose.
        if (depth > HtmlTextWriter.MaxDepth || HtmlChrome.IsChrome(element) || Unscored.Contains(element.LocalName)) return 0;
        var total = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text) total += text.Data.Trim().Length;
            else if (child is IElement e) total += Score(e, prose, depth + 1);
        }
        prose[element] = total;
        return total;
    }

    // No named candidate: the block with the most prose directly in it (its own text and its <p> children).
    static IElement? Densest(Dictionary<IElement, int> prose)
    {
        IElement? densest = null;
        var most = 0;
        foreach (var (element, _) in prose)
        {
            if (element.LocalName is not ("div" or "section" or "td" or "article" or "main" or "body")) continue;
            var own = element.ChildNodes.Sum(c => c switch
            {
                IText t => t.Data.Trim().Length,
                IElement { LocalName: "p" } p => prose.GetValueOrDefault(p),
                _ => 0,
            });
            if (own > most) (densest, most) = (element, own);
        }
        return densest;
    }

    static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement) depth++;
        return depth;
    }
}
