using ArchivePortal.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Curation;

/// <summary>
/// Evicts the public pages right after an archivist's save, so that the next visitor already sees
/// it (the generation check would only notice within a second). Every public page may show the
/// record (search results, facets, counts, related records, sitemap), so all of them go.
/// </summary>
public sealed class CurationCache(IOutputCacheStore store)
{
    public Task EvictAsync(CancellationToken cancel) => store.EvictByTagAsync(PortalCache.Tag, cancel).AsTask();
}
