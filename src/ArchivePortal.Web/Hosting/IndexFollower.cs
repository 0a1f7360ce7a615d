using ArchivePortal.Storage;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Keeps the search index up with the database twice a second: records another process (an
/// <c>archive import</c> or <c>crawl</c>) commits are indexed here when the portal holds the
/// index's write lock, or read from that process's commits when it does, and become visible
/// to searches within a second, whether or not anyone searches meanwhile.
/// </summary>
internal sealed class IndexFollower(Archive archive, ILogger<IndexFollower> log) : BackgroundService
{
    static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                archive.SearchIndex.Refresh();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed catch-up is tried again on the next tick; searches keep what is indexed.
                log.LogError(e, "The search index could not catch up with the database.");
            }
        }
    }
}
