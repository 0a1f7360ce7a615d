namespace ArchivePortal.Web.Endpoints;

/// <summary>What one sitemap page lists: the home page or not, then a run of records in id order.</summary>
public readonly record struct SitemapSlice(bool Home, int SkipRecords, int TakeRecords);

/// <summary>
/// How the sitemap's URLs (the home page, then every record) are cut into files of at most
/// <see cref="PageSize"/>. Past one file, <c>/sitemap.xml</c> is an index of numbered pages.
/// </summary>
public sealed class SitemapPaging
{
    /// <summary>The sitemap protocol's limit on URLs per file.</summary>
    public const int ProtocolLimit = 50_000;

    /// <summary>Smaller sizes are for tests, which cannot store 50,000 records to cross the limit.</summary>
    public SitemapPaging(int pageSize = ProtocolLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        PageSize = pageSize;
    }

    public int PageSize { get; }

    // The home page takes the first place: records + 1 URLs in all.
    public int PageCount(int records) => records / PageSize + 1;

    public bool IsIndex(int records) => PageCount(records) > 1;

    /// <summary>Pages 1 to <see cref="PageCount"/>; any other number is not found, as for a crawler's stale link.</summary>
    public bool HasPage(int page, int records) => page >= 1 && page <= PageCount(records);

    public SitemapSlice Slice(int page) => page == 1
        ? new SitemapSlice(Home: true, SkipRecords: 0, TakeRecords: PageSize - 1)
        : new SitemapSlice(Home: false, SkipRecords: (page - 1) * PageSize - 1, TakeRecords: PageSize);
}
