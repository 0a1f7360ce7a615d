using System.Globalization;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Facets;

/// <summary>All values of one facet for a search, ordered by count or by name in the interface language, a page at a time.</summary>
public sealed class FacetValueSearch(ISearchIndex index)
{
    /// <param name="cancel">The request's: a visitor who hangs up stops the search.</param>
    public FacetValuesView Find(FacetPageState state, Texts t, CancellationToken cancel = default)
    {
        var results = index.Search(state.Search.ToRequest() with
        {
            Offset = 0, Limit = 0, ExpandFacet = state.Facet, FacetFilter = state.Text, Cancellation = cancel,
        });
        var values = results.Facets.GetValueOrDefault(state.Facet) ?? [];
        var ordered = Ordered(values, state.Facet, state.Order, t);
        return new FacetValuesView(state, ordered.Skip((state.Page - 1) * FacetPageState.PageSize).Take(FacetPageState.PageSize).ToList())
        {
            Total = results.Total,
            FacetSize = results.FacetSizes.GetValueOrDefault(state.Facet),
            Matching = values.Count,
        };
    }

    /// <summary>
    /// Names compare as the interface language sorts them (the Chinese interface's collation orders
    /// Chinese names by pinyin; Vietnamese letters sort after their base letters), ties by value so
    /// that two values with one name keep a stable order across pages.
    /// </summary>
    static IEnumerable<FacetValue> Ordered(IReadOnlyList<FacetValue> values, string facet, FacetValueOrder order, Texts t)
    {
        var compare = CultureInfo.GetCultureInfo(t.HtmlLang).CompareInfo;
        var byName = Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase));
        var named = values.Select(v => (Value: v, Name: FacetLabels.Of(facet, v, t)));
        var sorted = order == FacetValueOrder.Alphabetical
            ? named.OrderBy(x => x.Name, byName)
            : named.OrderByDescending(x => x.Value.Count).ThenBy(x => x.Name, byName);
        return sorted.ThenBy(x => x.Value.Value, StringComparer.Ordinal).Select(x => x.Value);
    }
}
