using System.Runtime.InteropServices;
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
        List<Candidate> candidates, FacetFilters filters, RecordFactsSnapshot snapshot, AuthorityRegistry registry, SearchRequest request)
    {
        var vocabulary = snapshot.Vocabulary;
        var counts = new int[vocabulary.Count];
        var matches = CollectionsMarshal.AsSpan(candidates);
        if (filters.Fields.Count == 0) snapshot.CountOrdinals(matches, counts); // every match counts for every facet
        else CountFiltered(matches, filters, snapshot, counts);

        // Each ordinal is one value of one facet, so a list per facet holds each value once.
        var byFacet = FacetVocabulary.Facets.Select(_ => new List<KeyValuePair<string, int>>()).ToArray();
        for (int o = 0; o < counts.Length; o++)
            if (counts[o] > 0) byFacet[vocabulary.FacetOf(o)].Add(new(vocabulary.ValueOf(o), counts[o]));
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

    static void CountFiltered(ReadOnlySpan<Candidate> matches, FacetFilters filters, RecordFactsSnapshot snapshot, int[] counts)
    {
        var vocabulary = snapshot.Vocabulary;
        foreach (ref readonly var c in matches)
        {
            var failing = filters.FailingField(c);
            if (failing is null)
                foreach (var o in snapshot.OrdinalsOf(c.RowId)) counts[o]++;
            else if (failing != FacetFilters.Several && FacetVocabulary.FacetNarrowedBy(failing) is var only and >= 0)
                foreach (var o in snapshot.OrdinalsOf(c.RowId))
                    if (vocabulary.FacetOf(o) == only) counts[o]++;
        }
    }

    static void Add(Dictionary<string, IReadOnlyList<FacetValue>> values, Dictionary<string, int> sizes, string facet,
        IReadOnlyCollection<KeyValuePair<string, int>> counts, AuthorityRegistry registry, SearchRequest request)
    {
        var kind = facet is FacetNames.Institution or FacetNames.Person or FacetNames.Topic ? facet : null;
        bool expanded = string.Equals(request.ExpandFacet, facet, StringComparison.OrdinalIgnoreCase);
        sizes[facet] = counts.Count;
        int limit = Math.Max(0, request.FacetLimit);
        IEnumerable<KeyValuePair<string, int>> shown = counts;
        // A collapsed facet shows its most frequent values: only those at or above the count of the
        // last one shown need labels and sorting, not every person of 100,000 matches.
        if (!expanded && facet is not (FacetNames.Year or FacetNames.Month or FacetNames.Language) && counts.Count > limit)
        {
            int least = limit == 0 ? int.MaxValue : LargestCounts(counts.Select(kv => kv.Value), limit);
            shown = counts.Where(kv => kv.Value >= least);
        }
        IEnumerable<FacetValue> list = shown.Select(kv => kind is not null && registry.Get(kind, kv.Key) is { } authority
            ? new FacetValue(kv.Key, kv.Value) { Labels = authority.Labels, Provisional = authority.Provisional }
            : new FacetValue(kv.Key, kv.Value));
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
        // Years and months are a histogram: all of them; other facets the most frequent first.
        values[facet] = expanded || facet is FacetNames.Year or FacetNames.Month ? all : all.Take(limit).ToList();
    }

    /// <summary>The <paramref name="k"/>-th largest of <paramref name="counts"/> (there are more than k).</summary>
    static int LargestCounts(IEnumerable<int> counts, int k)
    {
        var top = new PriorityQueue<int, int>(k + 1); // the k largest so far, smallest first
        foreach (var c in counts)
        {
            if (top.Count < k) top.Enqueue(c, c);
            else if (c > top.Peek()) top.EnqueueDequeue(c, c);
        }
        return top.Peek();
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
