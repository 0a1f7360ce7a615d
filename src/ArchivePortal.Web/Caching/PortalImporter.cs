using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Caching;

/// <summary>Imports files into the archive and evicts every cached public page afterwards.</summary>
public sealed class PortalImporter(Archive archive, IOutputCacheStore cache, ILogger<PortalImporter> log)
{
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, CancellationToken cancel = default)
    {
        var report = new ImportRunner(archive.Store).Run(paths, cancel: cancel);
        var s = report.Summary;
        log.LogInformation("Import: added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}",
            s.Added, s.Updated, s.Unchanged, report.Failures.Count);
        await cache.EvictByTagAsync(PortalCache.Tag, cancel);
        return report;
    }
}
