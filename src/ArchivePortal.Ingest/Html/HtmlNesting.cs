namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Estimates how deep the HTML parser's stack of open elements gets, in one linear pass over the tags, so that a
/// page which would make the parser quadratic is refused before it is parsed. The estimate follows the HTML tree
/// builder's rules for closing elements (a block closes an open &lt;p&gt;, an &lt;li&gt; the previous &lt;li&gt;,
/// a cell the previous cell, an end tag everything opened after its element …) and, where it simplifies, it
/// closes more than the parser does, never less: a page it calls too deep is too deep.
/// </summary>
internal static class HtmlNesting
{
    static readonly HashSet<string> Void =
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ];

    static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing",
        "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp",
    ];

    static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    static readonly HashSet<string> ListItems = ["li"];
    static readonly HashSet<string> Definitions = ["dd", "dt"];
    static readonly HashSet<string> RowContext = ["tr", "table"];
    static readonly HashSet<string> BodyContext = ["tbody", "thead", "tfoot", "table"];
    static readonly HashSet<string> TableParts = ["table", "tbody", "thead", "tfoot", "tr"];
    static readonly HashSet<string> InsideTable = ["caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"];
    static readonly HashSet<string> ImpliedEnd = ["dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"];

    /// <summary>The deepest nesting of <paramref name="html"/>, or the first depth past <paramref name="stopAbove"/>.</summary>
    public static int Deepest(string html, int stopAbove)
    {
        var open = new OpenElements();
        var deepest = 0;
        foreach (var tag in HtmlTagScanner.Tags(html))
        {
            if (tag.IsEnd) End(open, tag.Name);
            else Start(open, tag);
            deepest = Math.Max(deepest, open.Count);
            if (deepest > stopAbove) break;
        }
        return deepest;
    }

    static void Start(OpenElements open, HtmlTag tag)
    {
        var name = tag.Name;
        if (ClosesParagraph.Contains(name)) open.CloseThrough("p");
        if (Headings.Contains(name) && open.Current is { } current && Headings.Contains(current)) open.Pop();
        switch (name)
        {
            case "li": open.CloseListItem(ListItems); break;
            case "dd" or "dt": open.CloseListItem(Definitions); break;
            case "option": if (open.Current == "option") open.Pop(); break;
            case "optgroup": while (open.Current is "option" or "optgroup") open.Pop(); break;
            case "rb" or "rp" or "rt" or "rtc": while (open.Current is { } c && ImpliedEnd.Contains(c)) open.Pop(); break;
            case "a" or "nobr" or "button" or "select": open.CloseThrough(name); break;
            case "td" or "th": open.CloseUntilAny(RowContext); break;
            case "tr": open.CloseUntilAny(BodyContext); break;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup": open.CloseUntil("table"); break;
            case "table": if (open.Current is { } t && TableParts.Contains(t)) open.CloseThrough("table"); break;
        }
        // The parser ignores a second <form>, table parts outside a table, and never opens html, head or body twice.
        var ignored = name is "html" or "head" or "body" || (name == "form" && open.Contains("form"))
            || (InsideTable.Contains(name) && !open.Contains("table"));
        if (!ignored && !tag.IsSelfClosing && !Void.Contains(name)) open.Push(name);
    }

    static void End(OpenElements open, string name)
    {
        if (name is "html" or "body" or "br") return; // the parser keeps both open to the end; </br> is a <br>
        if (Headings.Contains(name)) open.CloseThroughAny(Headings);
        else open.CloseThrough(name);
    }
}
