using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Search;

/// <summary>What the visitor is told, in the interface language, about filters the search left out.</summary>
public static class FilterNotes
{
    /// <summary>How many invalid values a note names; past them it ends with an ellipsis (a URL may carry hundreds).</summary>
    const int NamedInvalid = 5;

    /// <summary>The longest part of a value a note repeats.</summary>
    const int NamedLength = 40;

    public static IReadOnlyList<string> For(IgnoredFilters ignored, Texts t)
    {
        var notes = new List<string>();
        if (ignored.Invalid.Count > 0)
        {
            var named = ignored.Invalid.Take(NamedInvalid).Select(v => v.Length > NamedLength ? v[..NamedLength] + "…" : v);
            var list = string.Join(", ", named) + (ignored.Invalid.Count > NamedInvalid ? ", …" : "");
            notes.Add(t.Count("filters.invalid", ignored.Invalid.Count, list));
        }
        if (ignored.OverLimit > 0) notes.Add(t.Count("filters.overLimit", ignored.OverLimit, SearchState.MaxFilters));
        if (ignored.QueryCut > 0) notes.Add(t.Count("query.cut", ignored.QueryCut, SearchState.MaxQueryLength));
        return notes;
    }
}
