namespace ArchivePortal.Ingest.Html;

/// <summary>One start or end tag as <see cref="HtmlTagScanner"/> finds it (name in lower case).</summary>
internal readonly record struct HtmlTag(string Name, bool IsEnd, bool IsSelfClosing);

/// <summary>
/// The tags of an HTML text in one linear pass, without building anything: comments, doctypes and the contents
/// of raw-text elements (script, style, textarea, title …) are skipped as the HTML tokenizer skips them, and a
/// '&gt;' inside a quoted attribute value does not end a tag. Good enough to estimate nesting, not to parse.
/// </summary>
internal static class HtmlTagScanner
{
    static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    public static IEnumerable<HtmlTag> Tags(string html)
    {
        var i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = html.AsSpan(i).StartsWith("<!--") ? After(html, "-->", i + 4) : After(html, ">", i + 2);
                continue;
            }
            var isEnd = next == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<?xml …>" and "</ >" are bogus comments up to '>'; "a < b" is text.
                i = next is '?' || isEnd ? After(html, ">", i + 1) : i + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')) nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var close = TagClose(html, nameEnd);
            yield return new HtmlTag(name, isEnd, close > 0 && html[close - 1] == '/');
            i = Math.Min(close + 1, html.Length); // an unclosed last tag ends at the end of the text
            if (name == "plaintext" && !isEnd) yield break; // everything after it is text
            if (!isEnd && RawText.Contains(name)) i = RawTextEnd(html, i, name);
        }
    }

    static int After(string html, string end, int from)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    // The '>' ending a tag whose name ends at 'from'; a quote opens a value only after '='.
    static int TagClose(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>') return i;
            if (c != '=') continue;
            var j = i + 1;
            while (j < html.Length && html[j] is ' ' or '\t' or '\n' or '\r' or '\f') j++;
            if (j < html.Length && html[j] is '"' or '\'')
            {
                var quoteEnd = html.IndexOf(html[j], j + 1);
                if (quoteEnd < 0) return html.Length;
                i = quoteEnd;
            }
        }
        return html.Length;
    }

    static int RawTextEnd(string html, int from, string name)
    {
        if (from >= html.Length) return html.Length;
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
        return html.Length;
    }
}
