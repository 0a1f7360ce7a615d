namespace ArchivePortal.Web.Search;

/// <summary>
/// The <c>f</c> values of a results URL that the search leaves out, kept so that the page can say
/// so: a filter that silently does nothing looks to the visitor like a filter that found these results.
/// </summary>
/// <param name="Invalid">Values that are not a facet value the portal knows (year:abcd, colour:red), distinct, in URL order.</param>
/// <param name="OverLimit">Distinct valid filters past <see cref="SearchState.MaxFilters"/>.</param>
/// <param name="QueryCut">Characters of an over-long query left out (past <see cref="SearchState.MaxQueryLength"/>).</param>
public sealed record IgnoredFilters(IReadOnlyList<string> Invalid, int OverLimit, int QueryCut = 0)
{
    public static readonly IgnoredFilters None = new([], 0);
}
