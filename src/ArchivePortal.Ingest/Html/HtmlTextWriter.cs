using System.Text;
using AngleSharp.Dom;

namespace ArchivePortal.Ingest.Html;

/// <summary>
/// Writes the visible text of an element as paragraphs separated by blank lines: every block
/// element (p, div, li, headings …) is a paragraph, one &lt;br&gt; is a line break and a run of
/// &lt;br&gt;s a paragraph break (old CMS pages separate paragraphs that way). Chrome elements are skipped.
/// </summary>
internal static class HtmlTextWriter
{
    /// <summary>Deeper nesting than this is ignored: no article is that deep, and recursion must stay bounded.</summary>
    public const int MaxDepth = 256;

    static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure", "figcaption",
        "hr", "address", "center", "fieldset", "details", "summary", "body", "header", "footer", "nav", "aside",
    ];

    /// <summary>The text of <paramref name="root"/>, paragraphs separated by blank lines.</summary>
    public static string Write(IElement root)
    {
        var writer = new Paragraphs();
        Walk(root, writer, 0);
        writer.Flush();
        return string.Join("\n\n", writer.Done);
    }

    static void Walk(INode node, Paragraphs writer, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Append(text.Data);
                continue;
            }
            if (child is not IElement element || HtmlChrome.IsChrome(element)) continue;
            if (element.LocalName == "br")
            {
                writer.LineBreak();
                continue;
            }
            var block = BlockTags.Contains(element.LocalName);
            if (block) writer.Flush();
            Walk(element, writer, depth + 1);
            if (block) writer.Flush();
        }
    }

    sealed class Paragraphs
    {
        readonly StringBuilder current = new();
        public List<string> Done { get; } = [];

        // HTML collapses runs of ASCII whitespace to one space; a no-break space is kept as written.
        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (current.Length > 0 && current[^1] is not (' ' or '\n')) current.Append(' ');
                }
                else current.Append(c);
            }
        }

        public void LineBreak() => current.Append('\n');

        // A blank line inside the collected text (two <br>s) splits it into paragraphs.
        public void Flush()
        {
            var lines = new List<string>();
            foreach (var raw in current.ToString().Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length > 0) lines.Add(line);
                else if (lines.Count > 0) { Done.Add(string.Join('\n', lines)); lines.Clear(); }
            }
            if (lines.Count > 0) Done.Add(string.Join('\n', lines));
            current.Clear();
        }
    }
}
