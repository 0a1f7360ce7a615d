using ArchivePortal.Core.Search;

namespace ArchivePortal.Web.Facets;

/// <summary>One page of a facet's values for a search, in the asked order, with what is needed to page and count them.</summary>
public sealed record FacetValuesView(FacetPageState State, IReadOnlyList<FacetValue> Values)
{
    /// <summary>How many records the search finds.</summary>
    public int Total { get; init; }

    /// <summary>How many distinct values the facet has for the search, whatever the typed text.</summary>
    public int FacetSize { get; init; }

    /// <summary>How many of them the typed text keeps (all of them without text).</summary>
    public int Matching { get; init; }

    public int PageCount => Math.Max(1, (Matching + FacetPageState.PageSize - 1) / FacetPageState.PageSize);
    public int FirstShown => Values.Count == 0 ? 0 : (State.Page - 1) * FacetPageState.PageSize + 1;
    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Values.Count - 1;

    /// <summary>True when the page asked for is past the last one (an old link after an import, a typed number).</summary>
    public bool IsPastLastPage => State.Page > PageCount;
}
