using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>A parsed query turned into FTS5 MATCH expressions, every user token quoted.</summary>
internal sealed class CompiledQuery
{
    /// <summary>The expression that selects and scores matches; null when the query has no positive text.</summary>
    public string? Match { get; init; }

    /// <summary>
    /// For plain-word queries: one expression per query word. A record must match at least
    /// <see cref="MinimumMatch"/> of them, and more matched words rank higher.
    /// </summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>
    /// True when <see cref="Match"/> is an OR of phrases and nothing else: every record with any of
    /// them matches, so the matches alone tell how many records have each phrase.
    /// </summary>
    public bool IsDisjunction { get; init; }

    /// <summary>A looser expression (any of the words) to fall back on when <see cref="Match"/> finds nothing.</summary>
    public string? Relaxed { get; init; }

    /// <summary>The same units without alias expansion: records matching more of them rank first.</summary>
    public IReadOnlyList<string> ExactUnits { get; init; } = [];

    public int MinimumMatch { get; init; }

    /// <summary>Records matching this are excluded (a query made only of -words).</summary>
    public string? Exclude { get; init; }

    public QueryTerms Terms { get; init; } = new();

    public List<SearchNote> Messages { get; init; } = [];

    /// <summary>True when the visitor typed text but none of it can be searched (only *, stop words …).</summary>
    public bool NothingSearchable { get; init; }
}
