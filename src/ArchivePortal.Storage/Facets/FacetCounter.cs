using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// Counts facet values over all matches. Each facet is counted over the matches of every filter
/// but its own, so the values a visitor could add to a selection keep their counts.
/// </summary>
internal static class FacetCounter
{
    static readonly (string Facet, string Field)[] Facets =
    [
        (FacetNames.Institution, FilterFields.Institution),
        (FacetNames.Person, FilterFields.Person),
        (FacetNames.Topic, FilterFields.Topic),
        (FacetNames.Year, FilterFields.Date),
        (FacetNames.Language, FilterFields.Language),
        (FacetNames.Type, FilterFields.Type),
    ];

    public static (Dictionary<string, IReadOnlyList<FacetValue>> Values, Dictionary<string, int> Sizes) Count(
        List<Candidate> candidates, FacetFilters filters, AuthorityRegistry registry, SearchRequest request)
    {
        var values = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var sizes = new Dictionary<string, int>();
        foreach (var (facet, field) in Facets)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in candidates)
            {
                if (!filters.Matches(c, field)) continue;
                foreach (var v in ValuesOf(c, facet)) counts[v] = counts.GetValueOrDefault(v) + 1;
            }
            Add(values, sizes, facet, counts, registry, request);
        }
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

    static IEnumerable<string> ValuesOf(Candidate c, string facet) => facet switch
    {
        FacetNames.Institution => c.Links.Institutions,
        FacetNames.Person => c.Links.Persons,
        FacetNames.Topic => c.Links.Topics,
        FacetNames.Year => c.Year is { } y ? [y.ToString("D4")] : [],
        FacetNames.Language => [c.Language],
        FacetNames.Type => [c.Type],
        _ => [],
    };

    static void Add(Dictionary<string, IReadOnlyList<FacetValue>> values, Dictionary<string, int> sizes, string facet,
        Dictionary<string, int> counts, AuthorityRegistry registry, SearchRequest request)
    {
        var kind = facet is FacetNames.Institution or FacetNames.Person or FacetNames.Topic ? facet : null;
        IEnumerable<FacetValue> list = counts.Select(kv => new FacetValue(kv.Key, kv.Value)
        {
            Labels = kind is null ? null : registry.Get(kind, kv.Key)?.Labels,
        });
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
        var all = list.ToList();
        sizes[facet] = counts.Count;
        // Years and months are a histogram: all of them; other facets the most frequent first.
        values[facet] = expanded || facet is FacetNames.Year or FacetNames.Month ? all : all.Take(Math.Max(0, request.FacetLimit)).ToList();
    }
}
