using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Web.Search;

/// <summary>A results page: the state it was asked with, what the index found, and what to try when it found nothing.</summary>
public sealed record ResultsView(SearchState State, SearchResults Results, IReadOnlyList<string> AlternativeQueries)
{
    /// <summary>
    /// On a page without results: each of the last <see cref="PortalSearch.MaxRemovals"/> selected
    /// filters whose removal would find something, with that count.
    /// </summary>
    public IReadOnlyList<(SelectedFilter Filter, int Total)> Removals { get; init; } = [];

    /// <summary>The query with its misspelled words corrected, when that finds something; else null.</summary>
    public Core.Spelling.SpellingSuggestion? DidYouMean { get; init; }

    public int PageCount => Math.Min(SearchState.MaxPage, (Results.Total + SearchState.PageSize - 1) / SearchState.PageSize);
    public int FirstShown => Results.Total == 0 ? 0 : (State.Page - 1) * SearchState.PageSize + 1;
    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Results.Hits.Count - 1;

    /// <summary>True when the search found records but none on the page asked for.</summary>
    public bool IsPastLastPage => Results.Total > 0 && State.Page > PageCount;
}

/// <summary>Runs a visitor's search; on no results also proposes the same search in other spellings.</summary>
public sealed class PortalSearch(ISearchIndex index, QueryVariants variants, DidYouMean didYouMean)
{
    /// <summary>
    /// How many selected filters a page without results tries removing, each with a search of its
    /// own. The most recently added are tried: they are the likeliest to have emptied the results.
    /// </summary>
    public const int MaxRemovals = 5;

    /// <param name="cancel">The request's: a visitor who hangs up stops the search.</param>
    public ResultsView Search(SearchState state, CancellationToken cancel = default)
    {
        var results = index.Search(state.ToRequest() with { Cancellation = cancel });
        var spelling = didYouMean.For(state, s => Count(s, cancel));
        if (results.Total > 0) return new ResultsView(state, results, []) { DidYouMean = spelling };
        // Offer only suggestions that would find something, so that none is a dead end.
        var alternatives = state.Query.Length == 0 ? [] : variants.Of(state.Query)
            .Where(v => v != spelling?.Query && Count(state.WithQuery(v), cancel) > 0)
            .ToList();
        var removals = state.Filters.TakeLast(MaxRemovals)
            .Select(f => (Filter: f, Total: Count(state.Toggle(f.Facet, f.Value), cancel)))
            .Where(x => x.Total > 0)
            .ToList();
        return new ResultsView(state, results, alternatives) { Removals = removals, DidYouMean = spelling };
    }

    int Count(SearchState state, CancellationToken cancel) =>
        index.Search(state.ToRequest() with { Offset = 0, Limit = 0, IncludeFacets = false, Cancellation = cancel }).Total;

    /// <summary>Facets and counts over the whole archive (the empty query browses everything).</summary>
    public SearchResults Overview() => index.Search(new SearchRequest { Query = "", Limit = 0 });
}
