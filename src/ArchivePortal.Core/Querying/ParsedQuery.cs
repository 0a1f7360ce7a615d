using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Querying;

/// <summary>
/// A query as the parser understood it. It never fails: what could not be understood is
/// searched as plain words, and <see cref="Messages"/> says what was ignored.
/// </summary>
public sealed record ParsedQuery
{
    /// <summary>The text part, or null when the query has only filters (or nothing).</summary>
    public QueryNode? Text { get; init; }

    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    /// <summary>True when the visitor used AND, OR, NOT, -word or parentheses.</summary>
    public bool IsExplicitBoolean { get; init; }

    /// <summary>Things the visitor may want to know (an unknown field, an unbalanced quote …).</summary>
    public IReadOnlyList<SearchNote> Messages { get; init; } = [];

    public bool IsEmpty => Text is null && Filters.Count == 0;
}
