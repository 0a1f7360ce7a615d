using ArchivePortal.Storage;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Before the server takes requests: re-index when the analysis changed, and import the sample
/// content when the database is empty, so that a fresh clone serves records at once. One log line
/// says what was imported or why nothing was: an empty portal is otherwise a puzzle.
/// </summary>
internal sealed class ArchiveStartup(Archive archive, PortalImporter importer, IOptions<ArchiveOptions> options, ILogger<ArchiveStartup> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (archive.Store.NeedsReindex())
        {
            // Fewer authorities than the archive was built with (a moved or missing folder): a
            // rebuild would drop links and show raw ids in facets. Stop and say so instead.
            if (archive.ReasonNotToReindex() is { } reason)
            {
                log.LogCritical("{Reason}", reason);
                throw new ArchiveDatabaseException(reason);
            }
            log.LogInformation("The index was built by another analysis version; re-indexing.");
            archive.Store.Reindex();
        }
        var folder = options.Value.ImportWhenEmpty;
        if (string.IsNullOrWhiteSpace(folder))
        {
            log.LogInformation("Start-up import: off, Archive:ImportWhenEmpty is empty.");
            return;
        }
        // Under the intake lock: beside an import that is running, the portal serves what it
        // writes rather than importing content/ into it (or waiting for it before serving).
        using var intake = IntakeLock.TryAcquire(archive.Database.Path);
        if (intake is null)
        {
            log.LogInformation("Start-up import: not done, another import or crawl is writing to the archive.");
            return;
        }
        var records = archive.Store.Count();
        if (records > 0)
        {
            log.LogInformation("Start-up import: not needed, the database holds {Records} records.", records);
            return;
        }
        var path = ArchiveExtensions.Resolve(folder);
        if (!Directory.Exists(path))
        {
            log.LogWarning("Start-up import: nothing imported, the database is empty and {Folder} does not exist.", path);
            return;
        }
        var report = await importer.ImportAsync([path], cancellationToken);
        var s = report.Summary;
        log.LogInformation("Start-up import: the database was empty; imported {Folder}: added {Added}, updated {Updated}, unchanged {Unchanged}, failed {Failed}.",
            path, s.Added, s.Updated, s.Unchanged, report.Failures.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
