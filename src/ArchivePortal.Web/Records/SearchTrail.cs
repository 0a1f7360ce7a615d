using ArchivePortal.Storage.Search;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Records;

/// <summary>A neighbouring hit of the search: its record page (the search still in the address), its title and the title's language.</summary>
public sealed record TrailStep(string Url, string Title, string Language);

/// <summary>
/// The search a visitor opened a record from: the results page to go back to and, when the record
/// is still where the link said (<see cref="Position"/> of <see cref="Total"/>), the hits before and after it.
/// </summary>
public sealed record SearchTrail(SearchState State, string BackUrl)
{
    public int Position { get; init; }
    public int Total { get; init; }
    public TrailStep? Previous { get; init; }
    public TrailStep? Next { get; init; }
}

/// <summary>
/// Reads the search from a record page's address (<see cref="SearchState.RecordUrl"/>) and runs it
/// again for the three hits around the record's position. The search travels in the URL, not in a
/// session, so a record page with its search stays a plain, cacheable, shareable page.
/// </summary>
public sealed class SearchTrails(ISearchIndex index)
{
    /// <summary>The address parameters that say a visitor came from a search.</summary>
    static readonly string[] SearchKeys = ["q", "f", "sort", "page", "n"];

    /// <summary>The trail of record <paramref name="id"/>, or null when the address names no search.</summary>
    public SearchTrail? Follow(string id, HttpRequest request, CancellationToken cancel = default)
    {
        if (!SearchKeys.Any(request.Query.ContainsKey)) return null;
        var state = SearchState.From(request) with { More = null, FacetText = null };
        var last = SearchState.MaxPage * SearchState.PageSize;
        if (!int.TryParse(request.Query["n"], out var n) || n < 1 || n > last)
            return new SearchTrail(state, state.Url());

        // One search for the hit before, the record itself and the hit after: at a page boundary the
        // neighbour is the last hit of the page before or the first of the page after.
        var offset = Math.Max(0, n - 2);
        var results = index.Search(state.ToRequest() with { Offset = offset, Limit = n == 1 ? 2 : 3, IncludeFacets = false, Cancellation = cancel });
        var hits = results.Hits;
        var at = n - 1 - offset;
        var back = state.WithPage(PageOf(n)).Url();
        // The archive changed since the results page was drawn: the way back still works, the neighbours would be guesses.
        if (at >= hits.Count || hits[at].Id != id) return new SearchTrail(state, back);
        TrailStep Step(int position) => new(state.WithPage(PageOf(position)).RecordUrl(hits[position - 1 - offset].Id, position), hits[position - 1 - offset].Title, hits[position - 1 - offset].Language);
        return new SearchTrail(state, back)
        {
            Position = n,
            Total = results.Total,
            Previous = n > 1 ? Step(n - 1) : null,
            Next = at + 1 < hits.Count && n < last ? Step(n + 1) : null,
        };
    }

    static int PageOf(int position) => (position - 1) / SearchState.PageSize + 1;
}
