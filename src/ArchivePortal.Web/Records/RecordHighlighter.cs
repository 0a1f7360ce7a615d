using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Web.Records;

/// <summary>
/// Marks what the visitor's query matched in a record they opened from the results, the way the
/// results' snippets mark it: the query is planned as a search plans it (stems, folded diacritics,
/// authority aliases) and the <see cref="Highlighter"/> re-analyzes the text with the record's chain.
/// </summary>
public sealed partial class RecordHighlighter(ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
{
    /// <summary>A longer body is shown unmarked: marking re-analyzes all of it, and a page must not wait on that.</summary>
    const int MaxMarkedLength = 200_000;

    readonly QueryPlanner planner = new(analyzer, authorities);
    readonly Highlighter highlighter = new(analyzer);

    /// <summary>The terms to mark, or null when the query marks nothing.</summary>
    public QueryTerms? TermsOf(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var terms = planner.Plan(QueryParser.Parse(query)).Terms;
        return terms.IsEmpty ? null : terms;
    }

    /// <summary>Plain text, escaped, with the matches marked.</summary>
    public string MarkText(string text, string language, QueryTerms terms) =>
        text.Length > MaxMarkedLength ? WebUtility.HtmlEncode(text) : highlighter.MarkAll(text, language, terms);

    /// <summary>
    /// The body's HTML (from <see cref="SafeMarkdown"/>) with the matches marked in its text between
    /// tags; tags and attributes are left as they are, so a link's address is never marked.
    /// </summary>
    public string MarkHtml(string html, string language, QueryTerms terms)
    {
        if (html.Length > MaxMarkedLength) return html;
        var sb = new StringBuilder(html.Length + 64);
        foreach (var part in Tags().Split(html))
        {
            if (part.Length == 0) continue;
            sb.Append(part[0] == '<' ? part : highlighter.MarkAll(WebUtility.HtmlDecode(part), language, terms));
        }
        return sb.ToString();
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Tags();
}
