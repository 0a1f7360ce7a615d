using ArchivePortal.Storage;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Before the server takes requests: re-index when the analysis changed, and import the sample
/// content when the database is empty, so that a fresh clone serves records at once.
/// </summary>
internal sealed class ArchiveStartup(Archive archive, PortalImporter importer, IOptions<ArchiveOptions> options, ILogger<ArchiveStartup> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (archive.Store.NeedsReindex())
        {
            log.LogInformation("The index was built by another analysis version; re-indexing.");
            archive.Store.Reindex();
        }
        var folder = options.Value.ImportWhenEmpty;
        if (string.IsNullOrWhiteSpace(folder) || archive.Store.Count() > 0) return Task.CompletedTask;
        var path = ArchiveExtensions.Resolve(folder);
        if (!Directory.Exists(path))
        {
            log.LogWarning("The database is empty and {Folder} does not exist: nothing to import.", path);
            return Task.CompletedTask;
        }
        log.LogInformation("The database is empty: importing {Folder}.", path);
        return importer.ImportAsync([path], cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
