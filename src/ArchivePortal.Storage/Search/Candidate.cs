using ArchivePortal.Storage.Facets;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// A matching record before the page is chosen: its score and coverage, and its facts for sorting
/// and facets. A struct: a frequent word makes tens of thousands of them per search, and objects
/// that many cost more in garbage collection than in counting.
/// </summary>
internal readonly record struct Candidate
{
    public Candidate(long rowId, float score, RecordFacts facts) : this(rowId, score, facts, facts.Language) { }

    /// <param name="language">
    /// The record's language as the snapshot's arrays give it (<see cref="RecordFactsSnapshot.LanguageOf"/>):
    /// the page takes languages in turn, and reading it from the facts object of each of 100,000
    /// matches, scattered over the heap, was most of the time of choosing the page.
    /// </param>
    public Candidate(long rowId, float score, RecordFacts facts, string language) =>
        (RowId, Score, Facts, Language) = (rowId, score, facts, language);

    public long RowId { get; }
    public float Score { get; }
    public RecordFacts Facts { get; }
    public string Language { get; }

    // Bytes, not ints: the planner keeps a query to 64 units, and the struct stays at 32 bytes.
    readonly byte coverage, together, exactCoverage;

    /// <summary>How many of the query's units the record matches: records with more of the words rank first.</summary>
    public int Coverage { get => coverage; init => coverage = Clamped(value); }

    /// <summary>How many of the query's Vietnamese words (two syllables together) the record has: together ranks above apart.</summary>
    public int Together { get => together; init => together = Clamped(value); }

    /// <summary>Matched query words without alias expansion: exact mentions rank above alias matches.</summary>
    public int ExactCoverage { get => exactCoverage; init => exactCoverage = Clamped(value); }

    static byte Clamped(int value) => (byte)Math.Clamp(value, 0, byte.MaxValue);

    public int? Year => Facts.Year;
    public string Type => Facts.Type;
    public string? Date => Facts.Date;
    public RecordFacetLinks Links => Facts.Links;
}
