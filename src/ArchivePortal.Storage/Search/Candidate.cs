using ArchivePortal.Storage.Facets;

namespace ArchivePortal.Storage.Search;

/// <summary>A matching record before the page is chosen: what sorting and facets need.</summary>
internal sealed record Candidate(long RowId, double Score, string Language, int? Year, string Type, string? Date)
{
    public int Coverage { get; init; }

    /// <summary>How many of the query's Vietnamese words (two syllables together) the record has: together ranks above apart.</summary>
    public int Together { get; init; }

    /// <summary>Matched query words without alias expansion: exact mentions rank above alias matches.</summary>
    public int ExactCoverage { get; init; }

    public RecordFacetLinks Links { get; init; } = RecordFacetLinks.None;

    /// <summary>The record's facet values as ordinals of the snapshot's <see cref="FacetVocabulary"/>.</summary>
    public int[] Ordinals { get; init; } = [];
}
