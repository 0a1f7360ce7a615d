namespace ArchivePortal.Web.Search;

/// <summary>
/// A results URL whose page lies past the last (an old bookmark, a search that now finds fewer
/// records) is sent to the last page that has results: an empty page past the end shows no hits
/// and no pager, so no way back.
/// </summary>
public static class PastLastPage
{
    /// <summary>
    /// The request's URL on <paramref name="lastPage"/>. Every other parameter stays exactly as sent,
    /// those the search ignored included, so that the page still says what it ignored.
    /// </summary>
    public static string RedirectUrl(HttpRequest request, int lastPage)
    {
        var kept = (request.QueryString.Value ?? "").TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsPage(p))
            .ToList();
        if (lastPage > 1) kept.Add("page=" + lastPage);
        return request.PathBase + request.Path + (kept.Count == 0 ? "" : "?" + string.Join('&', kept));
    }

    /// <summary>True for a <c>page=</c> parameter, its name spelled in any case as the query collection reads it.</summary>
    static bool IsPage(string parameter) =>
        string.Equals(Uri.UnescapeDataString(parameter.Split('=', 2)[0]), "page", StringComparison.OrdinalIgnoreCase);
}
