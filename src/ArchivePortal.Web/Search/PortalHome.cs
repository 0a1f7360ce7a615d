using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Portal;

namespace ArchivePortal.Web.Search;

/// <summary>What the home page shows: counts and facets over the whole archive, and the newest records.</summary>
public sealed record HomeView(SearchResults Overview, IReadOnlyList<RecordSummary> Newest)
{
    public int Languages => Overview.Facets.GetValueOrDefault(FacetNames.Language)?.Count(v => Core.Records.LanguageCodes.Parent(v.Value) is null) ?? 0;
}

public sealed class PortalHome(PortalSearch search, PortalRecords records)
{
    public HomeView Get() => new(search.Overview(), records.Newest(8));
}
