using Microsoft.AspNetCore.Http;

namespace ArchivePortal.Web.Search;

/// <summary>
/// "Search within these results": the header's search box on a results page carries the selected
/// filters as <c>wf</c> values beside a checkbox <c>within=1</c>, checked by default. The filters
/// are kept only when the box is checked, so the choice works without script: an unchecked box is
/// not sent and the <c>wf</c> values are then ignored. The page redirects such a request to its
/// plain address (<c>f=</c>), so that bookmarks and the cache see one form of each search.
/// </summary>
public static class SearchWithin
{
    public const string Checkbox = "within";
    public const string CheckedValue = "1";
    public const string KeptFilter = "wf";

    /// <summary>The filter values a request selects: its <c>f</c> values, then the kept ones when the box was checked.</summary>
    public static IEnumerable<string?> Filters(IQueryCollection query) =>
        query[Checkbox].Contains(CheckedValue) ? query["f"].Concat(query[KeptFilter]) : query["f"];

    /// <summary>True when the request came from the search-within form and should move to its plain address.</summary>
    public static bool CameFromForm(IQueryCollection query) => query.ContainsKey(Checkbox) || query.ContainsKey(KeptFilter);
}
