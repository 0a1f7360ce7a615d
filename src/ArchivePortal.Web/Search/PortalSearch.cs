using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Web.Search;

/// <summary>A results page: the state it was asked with, what the index found, and what to try when it found nothing.</summary>
public sealed record ResultsView(SearchState State, SearchResults Results, IReadOnlyList<string> AlternativeQueries)
{
    public int PageCount => Math.Min(SearchState.MaxPage, (Results.Total + SearchState.PageSize - 1) / SearchState.PageSize);
    public int FirstShown => Results.Total == 0 ? 0 : (State.Page - 1) * SearchState.PageSize + 1;
    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Results.Hits.Count - 1;
}

/// <summary>Runs a visitor's search; on no results also proposes the same search in other spellings.</summary>
public sealed class PortalSearch(ISearchIndex index, QueryVariants variants)
{
    public ResultsView Search(SearchState state)
    {
        var results = index.Search(state.ToRequest());
        IReadOnlyList<string> alternatives = [];
        if (results.Total == 0 && state.Query.Length > 0)
        {
            // Offer only spellings that would find something, so that no suggestion is a dead end.
            alternatives = variants.Of(state.Query)
                .Where(v => index.Search(state.WithQuery(v).ToRequest() with { Limit = 0 }).Total > 0)
                .ToList();
        }
        return new ResultsView(state, results, alternatives);
    }

    /// <summary>Facets and counts over the whole archive (the empty query browses everything).</summary>
    public SearchResults Overview() => index.Search(new SearchRequest { Query = "", Limit = 0 });
}
