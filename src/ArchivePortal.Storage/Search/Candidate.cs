using ArchivePortal.Storage.Facets;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// A matching record before the page is chosen: its score and coverage, and its facts for sorting
/// and facets. A struct: a frequent word makes tens of thousands of them per search, and objects
/// that many cost more in garbage collection than in counting.
/// </summary>
internal readonly record struct Candidate(long RowId, float Score, RecordFacts Facts)
{
    /// <summary>How many of the query's units the record matches: records with more of the words rank first.</summary>
    public int Coverage { get; init; }

    /// <summary>How many of the query's Vietnamese words (two syllables together) the record has: together ranks above apart.</summary>
    public int Together { get; init; }

    /// <summary>Matched query words without alias expansion: exact mentions rank above alias matches.</summary>
    public int ExactCoverage { get; init; }

    public string Language => Facts.Language;
    public int? Year => Facts.Year;
    public string Type => Facts.Type;
    public string? Date => Facts.Date;
    public RecordFacetLinks Links => Facts.Links;
}
