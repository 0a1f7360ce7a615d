namespace ArchivePortal.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
    /// <summary>Feeds: newest publication date first, then the last imported (no relevance).</summary>
    Recent,
}

/// <summary>What a visitor asks for: a query in the query language, a sort and a page.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Number of hits to skip (page × page size).</summary>
    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    /// <summary>Extra filters (from facet links) AND-ed with the query's own.</summary>
    public IReadOnlyList<Querying.QueryFilter> Filters { get; init; } = [];

    /// <summary>Longest snippet in characters.</summary>
    public int SnippetLength { get; init; } = 200;

    /// <summary>False to skip facet counting (benchmarks compare with and without).</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>How many values each facet returns (the most frequent first).</summary>
    public int FacetLimit { get; init; } = 10;

    /// <summary>A facet to return in full ("more …"), optionally only values whose label contains <see cref="FacetFilter"/>.</summary>
    public string? ExpandFacet { get; init; }

    /// <summary>
    /// True for archivists: records hidden from the public (withdrawn, embargoed) are found too.
    /// Public searches never see them, nor count them in facets.
    /// </summary>
    public bool IncludeHidden { get; init; }

    /// <summary>
    /// The most a search may take (wall clock); past it the search stops and says so. A backstop:
    /// the plan's own bounds keep ordinary queries far below it.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Cancelled when nobody waits for the answer any more (the visitor hung up): the search stops.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Typed text that narrows the values of <see cref="ExpandFacet"/> (any language's label).</summary>
    public string? FacetFilter { get; init; }
}
