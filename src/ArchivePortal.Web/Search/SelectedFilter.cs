using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Web.Search;

/// <summary>
/// A facet value the visitor picked, as it travels in the URL: <c>f=facet:value</c>, e.g.
/// <c>f=person:rao-quan</c>, <c>f=year:2021</c>, <c>f=month:2021-05</c>.
/// </summary>
public sealed record SelectedFilter(string Facet, string Value)
{
    public override string ToString() => Facet + ":" + Value;

    public static SelectedFilter? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return null;
        var facet = text[..colon].Trim().ToLowerInvariant();
        var value = text[(colon + 1)..].Trim();
        return FacetOrder.Known(facet) && IsValue(facet, value) ? new SelectedFilter(facet, value) : null;
    }

    /// <summary>
    /// Years and months as their facets write them (2021, 2021-05); a date that is none (year:abcd,
    /// month:2021-13) would filter nothing while its chip claimed it did. Other facets take any text.
    /// </summary>
    static bool IsValue(string facet, string value) => facet switch
    {
        FacetNames.Year => value.Length == 4 && value.All(char.IsAsciiDigit) && DateRange.Parse(value) is not null,
        FacetNames.Month => value.Length == 7 && value[4] == '-' && DateRange.Parse(value) is not null,
        _ => value.Length > 0,
    };

    /// <summary>The store's filter: years and months become date ranges, the rest keep their field.</summary>
    public QueryFilter ToQueryFilter() => Facet switch
    {
        FacetNames.Year or FacetNames.Month => new QueryFilter(FilterFields.Date, Value),
        FacetNames.Language => new QueryFilter(FilterFields.Language, Value),
        _ => new QueryFilter(Facet, Value),
    };
}

/// <summary>The order in which facets are shown, whichever of them a search returns.</summary>
public static class FacetOrder
{
    public static readonly IReadOnlyList<string> Sidebar =
        [FacetNames.Institution, FacetNames.Person, FacetNames.Topic, FacetNames.Year, FacetNames.Month, FacetNames.Language, FacetNames.Type];

    public static bool Known(string facet) => Sidebar.Contains(facet);
}
