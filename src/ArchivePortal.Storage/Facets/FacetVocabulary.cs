using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// Every facet value of the archive numbered once (an ordinal), so that counting a facet over tens
/// of thousands of matches is incrementing array slots instead of hashing strings.
/// </summary>
internal sealed class FacetVocabulary
{
    /// <summary>The facets counted for every search, in the order they are shown.</summary>
    public static readonly string[] Facets =
        [FacetNames.Institution, FacetNames.Person, FacetNames.Topic, FacetNames.Year, FacetNames.Language, FacetNames.Type];

    readonly Dictionary<(int Facet, string Value), int> ordinals = [];
    readonly List<(int Facet, string Value)> values = [];

    public int Count => values.Count;

    /// <summary>The facet (an index into <see cref="Facets"/>) an ordinal belongs to.</summary>
    public int FacetOf(int ordinal) => values[ordinal].Facet;

    public string ValueOf(int ordinal) => values[ordinal].Value;

    public int[] OrdinalsOf(RecordFacetLinks links, int? year, string language, string type)
    {
        var list = new List<int>(links.Institutions.Length + links.Persons.Length + links.Topics.Length + 3);
        foreach (var v in links.Institutions) list.Add(Ordinal(0, v));
        foreach (var v in links.Persons) list.Add(Ordinal(1, v));
        foreach (var v in links.Topics) list.Add(Ordinal(2, v));
        if (year is { } y) list.Add(Ordinal(3, y.ToString("D4")));
        list.Add(Ordinal(4, language));
        list.Add(Ordinal(5, type));
        return [.. list];
    }

    int Ordinal(int facet, string value)
    {
        if (ordinals.TryGetValue((facet, value), out var ordinal)) return ordinal;
        ordinals[(facet, value)] = ordinal = values.Count;
        values.Add((facet, value));
        return ordinal;
    }
}
