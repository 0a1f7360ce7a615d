using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Caching;

/// <summary>Imports files into the archive and evicts every cached public page afterwards; the caller reports the counts.</summary>
public sealed class PortalImporter(Archive archive, IOutputCacheStore cache)
{
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, CancellationToken cancel = default)
    {
        var report = new ImportRunner(archive.Store).Run(paths, cancel: cancel);
        await cache.EvictByTagAsync(PortalCache.Tag, cancel);
        return report;
    }
}
