using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// Every facet value of the archive numbered once (an ordinal), so that counting a facet over tens
/// of thousands of matches is incrementing array slots instead of hashing strings.
/// </summary>
internal sealed class FacetVocabulary
{
    /// <summary>A facet counted for every search, and the filter field that narrows it.</summary>
    public readonly record struct CountedFacet(string Name, string FilterField);

    const int Institution = 0, Person = 1, Topic = 2, Year = 3, Language = 4, Type = 5;

    /// <summary>The facets counted for every search, in the order they are shown; an ordinal's facet is an index here.</summary>
    public static readonly CountedFacet[] Facets =
    [
        new(FacetNames.Institution, FilterFields.Institution),
        new(FacetNames.Person, FilterFields.Person),
        new(FacetNames.Topic, FilterFields.Topic),
        new(FacetNames.Year, FilterFields.Date),
        new(FacetNames.Language, FilterFields.Language),
        new(FacetNames.Type, FilterFields.Type),
    ];

    /// <summary>The index in <see cref="Facets"/> of the facet a filter field narrows; -1 for none.</summary>
    public static int FacetNarrowedBy(string field)
    {
        for (int f = 0; f < Facets.Length; f++)
            if (Facets[f].FilterField == field) return f;
        return -1;
    }

    readonly Dictionary<(int Facet, string Value), int> ordinals = [];
    readonly List<(int Facet, string Value)> values = [];

    public int Count => values.Count;

    /// <summary>A vocabulary to add values to for a new snapshot, while searches still read this one.</summary>
    public FacetVocabulary Copy()
    {
        var copy = new FacetVocabulary();
        foreach (var (key, ordinal) in ordinals) copy.ordinals[key] = ordinal;
        copy.values.AddRange(values);
        return copy;
    }

    /// <summary>The facet (an index into <see cref="Facets"/>) an ordinal belongs to.</summary>
    public int FacetOf(int ordinal) => values[ordinal].Facet;

    public string ValueOf(int ordinal) => values[ordinal].Value;

    public int[] OrdinalsOf(RecordFacetLinks links, int? year, string language, string type)
    {
        var list = new List<int>(links.Institutions.Length + links.Persons.Length + links.Topics.Length + 3);
        foreach (var v in links.Institutions) list.Add(Ordinal(Institution, v));
        foreach (var v in links.Persons) list.Add(Ordinal(Person, v));
        foreach (var v in links.Topics) list.Add(Ordinal(Topic, v));
        if (year is { } y) list.Add(Ordinal(Year, y.ToString("D4")));
        list.Add(Ordinal(Language, language));
        // A Traditional Chinese record is also a Chinese one: the Chinese count includes it.
        if (LanguageCodes.Parent(language) is { } parent) list.Add(Ordinal(Language, parent));
        list.Add(Ordinal(Type, type));
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
