using ArchivePortal.Core.Querying;

namespace ArchivePortal.Web.Search;

/// <summary>
/// The advanced form's fields. They are turned into the query language, so that the form leads to
/// the same bookmarkable <c>/search?q=…</c> URL a visitor could have typed.
/// </summary>
public sealed record AdvancedQuery
{
    public string? All { get; init; }
    public string? Any { get; init; }
    public string? None { get; init; }
    public string? Phrase { get; init; }
    public bool TitleOnly { get; init; }
    public string? Institution { get; init; }
    public string? Person { get; init; }
    public string? Topic { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Lang { get; init; }
    public string? Type { get; init; }

    public bool IsEmpty => ToQuery().Length == 0;

    public string ToQuery()
    {
        var parts = new List<string>();
        var prefix = TitleOnly ? "title:" : "";
        parts.AddRange(Words(All).Select(w => prefix + w));
        if (!string.IsNullOrWhiteSpace(Phrase)) parts.Add(prefix + Quote(Phrase.Trim().Replace("\"", ""), force: true));
        var any = Words(Any).Select(w => prefix + w).ToList();
        if (any.Count == 1) parts.Add(any[0]);
        else if (any.Count > 1) parts.Add("(" + string.Join(" OR ", any) + ")");
        parts.AddRange(Words(None).Select(w => "-" + w));
        Field(parts, FilterFields.Institution, Institution);
        Field(parts, FilterFields.Person, Person);
        Field(parts, FilterFields.Topic, Topic);
        var from = From?.Trim() ?? "";
        var to = To?.Trim() ?? "";
        if (from.Length > 0 || to.Length > 0) parts.Add("date:" + (from == to ? from : from + ".." + to));
        Field(parts, FilterFields.Language, Lang);
        Field(parts, FilterFields.Type, Type);
        return string.Join(' ', parts);
    }

    static IEnumerable<string> Words(string? text) =>
        (text ?? "").Replace("\"", " ").Replace("(", " ").Replace(")", " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w is not ("AND" or "OR" or "NOT") && w.Trim('-').Length > 0)
            .Select(w => w.TrimStart('-'));

    static void Field(List<string> parts, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) parts.Add(field + ":" + Quote(value.Trim().Replace("\"", ""), force: false));
    }

    static string Quote(string s, bool force) =>
        force || s.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ':') ? "\"" + s + "\"" : s;
}
