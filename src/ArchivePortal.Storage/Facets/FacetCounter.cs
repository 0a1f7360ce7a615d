using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// Counts facet values over all matches. Each facet is counted over the matches of every filter
/// but its own, so the values a visitor could add to a selection keep their counts.
/// </summary>
internal static class FacetCounter
{
    /// <summary>
    /// One pass over the matches: a record that passes every filter counts for every facet; one
    /// that fails only one field's filter counts for that field's facet alone; others for none.
    /// </summary>
    public static (Dictionary<string, IReadOnlyList<FacetValue>> Values, Dictionary<string, int> Sizes) Count(
        List<Candidate> candidates, FacetFilters filters, FacetVocabulary vocabulary, AuthorityRegistry registry, SearchRequest request)
    {
        var counts = new int[vocabulary.Count];
        foreach (var c in candidates)
        {
            var failing = filters.FailingField(c);
            if (failing is null)
                foreach (var o in c.Ordinals) counts[o]++;
            else if (failing != FacetFilters.Several && FacetVocabulary.FacetNarrowedBy(failing) is var only and >= 0)
                foreach (var o in c.Ordinals)
                    if (vocabulary.FacetOf(o) == only) counts[o]++;
        }

        var byFacet = FacetVocabulary.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        for (int o = 0; o < counts.Length; o++)
            if (counts[o] > 0) byFacet[vocabulary.FacetOf(o)][vocabulary.ValueOf(o)] = counts[o];
        var values = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var sizes = new Dictionary<string, int>();
        for (int f = 0; f < byFacet.Length; f++) Add(values, sizes, FacetVocabulary.Facets[f].Name, byFacet[f], registry, request);

        if (filters.SelectedYear is { } year)
        {
            var prefix = year.ToString("D4") + "-";
            var months = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in candidates)
                if (c.Date is { } d && d.StartsWith(prefix, StringComparison.Ordinal) && filters.Matches(c, FilterFields.Date))
                    months[d[..7]] = months.GetValueOrDefault(d[..7]) + 1;
            Add(values, sizes, FacetNames.Month, months, registry, request);
        }
        return (values, sizes);
    }

    static void Add(Dictionary<string, IReadOnlyList<FacetValue>> values, Dictionary<string, int> sizes, string facet,
        Dictionary<string, int> counts, AuthorityRegistry registry, SearchRequest request)
    {
        var kind = facet is FacetNames.Institution or FacetNames.Person or FacetNames.Topic ? facet : null;
        IEnumerable<FacetValue> list = counts.Select(kv => kind is not null && registry.Get(kind, kv.Key) is { } authority
            ? new FacetValue(kv.Key, kv.Value) { Labels = authority.Labels, Provisional = authority.Provisional }
            : new FacetValue(kv.Key, kv.Value));
        bool expanded = string.Equals(request.ExpandFacet, facet, StringComparison.OrdinalIgnoreCase);
        if (expanded && !string.IsNullOrWhiteSpace(request.FacetFilter))
        {
            var typed = registry.Keys.Of(request.FacetFilter);
            list = list.Where(v => registry.Keys.Of(v.Value).Contains(typed, StringComparison.Ordinal)
                || (v.Labels?.Values.Any(l => registry.Keys.Of(l).Contains(typed, StringComparison.Ordinal)) ?? false));
        }
        list = facet switch
        {
            FacetNames.Year => list.OrderByDescending(v => v.Value, StringComparer.Ordinal),
            FacetNames.Month => list.OrderBy(v => v.Value, StringComparer.Ordinal),
            _ => list.OrderByDescending(v => v.Count).ThenBy(v => v.Label("en"), StringComparer.OrdinalIgnoreCase),
        };
        if (facet == FacetNames.Language) list = PartsAfterWholes(list.ToList());
        var all = list.ToList();
        sizes[facet] = counts.Count;
        // Years and months are a histogram: all of them; other facets the most frequent first.
        values[facet] = expanded || facet is FacetNames.Year or FacetNames.Month ? all : all.Take(Math.Max(0, request.FacetLimit)).ToList();
    }

    /// <summary>Each language followed by its parts (Chinese, then Chinese (Traditional)), so a list can show them as one group.</summary>
    static IEnumerable<FacetValue> PartsAfterWholes(List<FacetValue> ordered)
    {
        foreach (var whole in ordered.Where(v => LanguageCodes.Parent(v.Value) is null))
        {
            yield return whole;
            foreach (var part in ordered.Where(v => LanguageCodes.Parent(v.Value) == whole.Value)) yield return part;
        }
        // A part whose whole was narrowed away by typed text.
        foreach (var part in ordered.Where(v => LanguageCodes.Parent(v.Value) is { } p && !ordered.Any(w => w.Value == p))) yield return part;
    }
}
