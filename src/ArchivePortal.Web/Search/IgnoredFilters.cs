namespace ArchivePortal.Web.Search;

/// <summary>
/// The <c>f</c> values of a results URL that the search leaves out, kept so that the page can say
/// so: a filter that silently does nothing looks to the visitor like a filter that found these results.
/// </summary>
public sealed record IgnoredFilters(int OverLimit)
{
    public static readonly IgnoredFilters None = new(0);

    public bool Any => OverLimit > 0;
}
