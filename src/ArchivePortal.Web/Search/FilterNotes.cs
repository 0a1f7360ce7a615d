using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Search;

/// <summary>What the visitor is told, in the interface language, about filters the search left out.</summary>
public static class FilterNotes
{
    public static IReadOnlyList<string> For(IgnoredFilters ignored, Texts t)
    {
        var notes = new List<string>();
        if (ignored.OverLimit > 0) notes.Add(t.Count("filters.overLimit", ignored.OverLimit, SearchState.MaxFilters));
        return notes;
    }
}
