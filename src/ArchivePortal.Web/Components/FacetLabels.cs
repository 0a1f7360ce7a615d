using ArchivePortal.Core.Search;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Components;

/// <summary>How a facet value is named for the visitor: languages and types from the UI strings, authorities by their labels.</summary>
public static class FacetLabels
{
    public static string Of(string facet, FacetValue value, Texts t) => facet switch
    {
        FacetNames.Language => t.LanguageName(value.Value),
        FacetNames.Type => t.TypeName(value.Value),
        FacetNames.Month => t.Month(value.Value),
        FacetNames.Person => Core.Authorities.PersonDisplay.Of(value.Label(t.Language), value.Labels, value.Provisional, t.Language),
        _ => value.Label(t.Language),
    };
}
