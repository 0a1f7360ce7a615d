using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Querying.Plan;

/// <summary>
/// What a query asks of the index, analyzed and typed: no query syntax is left in it, so the
/// index builds its own query objects from these nodes and never parses user text.
/// </summary>
public abstract record PlanNode;

/// <summary>
/// A token sequence in the fields of some streams: one token is a term, several a phrase
/// (positions as the analyzer gave them). Streams that analyze a text to the same tokens share one node.
/// </summary>
public sealed record PhraseNodePlan(IReadOnlyList<TextStream> Streams, IReadOnlyList<Token> Tokens, bool TitleOnly) : PlanNode
{
    /// <summary>
    /// The pair tokens (two neighbouring syllables at one position) a Vietnamese stream gave between
    /// each two of the tokens, if it gave one everywhere: a pair is one word, and far rarer than
    /// either of its syllables.
    /// </summary>
    public IReadOnlyList<string>? Pairs { get; init; }

    /// <summary>
    /// True for a typed Chinese word: in the bigram stream it matches where all its bigrams occur,
    /// in any order. A word's bigrams overlap (图书|书馆), so they almost only occur together, and
    /// so the record is found without reading where each bigram stands, which for common words
    /// (图书馆 in most Chinese records) is most of a search's time. A word the segmenter keeps
    /// whole is also matched, and ranked, in the words stream. False for a quoted phrase, which
    /// stands as typed.
    /// </summary>
    public bool BigramsInAnyOrder { get; init; }
}

/// <summary>
/// The records filed under an authority, or whose text names it where the name is its (國圖 in a
/// mainland page is the NLC, in a Taiwan page the NCL): found through what filing decided, not
/// through the words, which script folding makes the same for both.
/// </summary>
public sealed record AuthorityNode(string Kind, string Id) : PlanNode;

/// <summary>Any of the children.</summary>
public sealed record AnyNode(IReadOnlyList<PlanNode> Children) : PlanNode;

/// <summary>All of the children, none of the excluded.</summary>
public sealed record AllNode(IReadOnlyList<PlanNode> Children, IReadOnlyList<PlanNode> Excluded) : PlanNode;

/// <summary>
/// A query ready for the index. Plain words (no operators) match like a discovery portal: a record
/// needs <see cref="MinimumMatch"/> of the <see cref="Units"/> (one per typed word or name), more
/// units rank higher, and the words standing together (<see cref="Bonus"/>) rank above the same
/// words scattered. Explicit boolean queries are one <see cref="Match"/> node matched as written.
/// </summary>
public sealed class QueryPlan
{
    /// <summary>What selects and scores the matches (the units and bonus OR-ed, or the boolean tree); null when the query has no positive text.</summary>
    public PlanNode? Match { get; init; }

    /// <summary>One node per query word or name, with its authority's other names.</summary>
    public IReadOnlyList<PlanNode> Units { get; init; } = [];

    /// <summary>The same units without alias expansion: records matching more of them rank first.</summary>
    public IReadOnlyList<PlanNode> ExactUnits { get; init; } = [];

    /// <summary>
    /// What tells that a run of words stands together, adding to the score of a record that has it:
    /// an English run as a phrase, a Chinese run by the bigrams that join its words. (Vietnamese runs
    /// have their pairs: <see cref="Together"/>.)
    /// </summary>
    public IReadOnlyList<PlanNode> Bonus { get; init; } = [];

    /// <summary>
    /// The Vietnamese words of the query's runs: each two adjacent syllables (thu vien). Most
    /// Vietnamese words have two syllables, and a syllable alone is ambiguous (thu, thư, thứ), so a
    /// record with the syllables together ranks above one with them apart.
    /// </summary>
    public IReadOnlyList<PlanNode> Together { get; init; } = [];

    /// <summary>How many units a record needs; when none has that many, any unit will do and the search says it loosened.</summary>
    public int MinimumMatch { get; init; }

    /// <summary>Records matching this are excluded (a query made only of -words).</summary>
    public PlanNode? Exclude { get; init; }

    public QueryTerms Terms { get; init; } = new();

    public List<SearchNote> Messages { get; init; } = [];

    /// <summary>True when the visitor typed text but none of it can be searched (only *, stop words …).</summary>
    public bool NothingSearchable { get; init; }

    /// <summary>True when coverage (units matched) orders and filters the matches.</summary>
    public bool CountsUnits => Units.Count > 0;
}
