using AngleSharp.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Which elements of a page are chrome (navigation, header, footer, sidebars, breadcrumbs, menus,
/// share and related-link boxes, scripts) and never hold article text.
/// Decided by tag, and by the words in class and id (split at spaces, '-' and '_'):
/// sites rarely use the HTML5 tags, but their class names say what a block is (topnav, breadcrumbs,
/// more-news, items-more, moduletable).
/// </summary>
internal static class HtmlChrome
{
    static readonly HashSet<string> Tags =
    [
        "nav", "header", "footer", "aside", "menu", "script", "style", "noscript", "template", "form",
        "button", "select", "option", "textarea", "iframe", "svg", "canvas", "head", "object", "embed",
    ];

    static readonly HashSet<string> Words =
    [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar",
        "footer", "foot", "header", "share", "sharing", "social", "related", "location", "toolbar", "tools",
        "comment", "comments", "pagination", "pager", "prev", "next", "more", "skip", "banner", "copyright",
        "gallery", "widget", "moduletable", "logo", "topbar", "search", "print", "buttonheading", "advert", "ads",
    ];

    // A site header holds the logo and the menu, but an <article>'s own <header> holds its title and
    // date: when looking for those, a header block inside <article> or <main> is not chrome.
    static readonly HashSet<string> HeaderWords = ["header"];

    /// <summary>True when <paramref name="element"/> itself is chrome (its ancestors are not looked at).</summary>
    /// <param name="element">The element.</param>
    /// <param name="headersAllowed">True when looking for the title or date, which live in header blocks.</param>
    public static bool IsChrome(IElement element, bool headersAllowed = false)
    {
        if (headersAllowed && (element.LocalName == "header" || NameWords(element).Any(HeaderWords.Contains)) && InArticle(element)) return false;
        if (Tags.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("style") is { } style &&
            style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary") return true;
        foreach (var word in NameWords(element))
            if (Words.Contains(word) || word.EndsWith("nav", StringComparison.Ordinal) ||
                word.EndsWith("menu", StringComparison.Ordinal) || word.StartsWith("breadcrumb", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>True when <paramref name="element"/> or one of its ancestors is chrome.</summary>
    /// <param name="element">The element.</param>
    /// <param name="headersAllowed">True when looking for the title or date, which live in header blocks.</param>
    public static bool IsInChrome(IElement element, bool headersAllowed = false)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (IsChrome(e, headersAllowed)) return true;
        return false;
    }

    static bool InArticle(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            if (e.LocalName is "article" or "main" || e.GetAttribute("role") == "main") return true;
        return false;
    }

    /// <summary>The lower-case words of an element's class and id.</summary>
    public static IEnumerable<string> NameWords(IElement element)
    {
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.ToLowerInvariant().Split([' ', '\t', '\n', '\r', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
    }
}
