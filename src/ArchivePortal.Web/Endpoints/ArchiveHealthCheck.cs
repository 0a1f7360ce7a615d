using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// Healthy when the archive answers as a visitor is answered: a search through the index whose
/// first hit is read from the database, title and body. A count alone answers from a small
/// b-tree while the records' own pages may be damaged, and every page fails.
///
/// The search runs every two seconds in the background (<see cref="ArchiveHealthProbe"/>), and
/// /health answers at once with its latest result: on two busy cores beside an import a search can
/// take seconds, and an orchestrator asking for health must not time out on that. A result older
/// than <see cref="Stale"/> (the probe itself hangs) is unhealthy.
/// </summary>
public sealed class ArchiveHealthCheck(ArchiveHealthProbe probe) : IHealthCheck
{
    public static readonly TimeSpan Stale = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (probe.Latest is not { } latest) return Task.FromResult(probe.RunNow(cancellationToken)); // before the first probe
        var age = DateTimeOffset.UtcNow - latest.At;
        return Task.FromResult(age <= Stale
            ? latest.Result
            : HealthCheckResult.Unhealthy($"No search finished in the last {age.TotalSeconds:0} seconds."));
    }
}

/// <summary>Runs the health search every two seconds and keeps its latest result.</summary>
public sealed class ArchiveHealthProbe(ISearchIndex index) : BackgroundService
{
    static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    volatile Probe? latest;

    public sealed record Probe(DateTimeOffset At, HealthCheckResult Result);

    public Probe? Latest => latest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            await Task.Run(() => RunNow(stoppingToken), stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the search now, keeps its result and returns it.</summary>
    public HealthCheckResult RunNow(CancellationToken cancel)
    {
        var result = Search(cancel);
        latest = new Probe(DateTimeOffset.UtcNow, result);
        return result;
    }

    HealthCheckResult Search(CancellationToken cancel)
    {
        try
        {
            var results = index.Search(new SearchRequest
            {
                Query = "", Limit = 1, IncludeFacets = false, TimeLimit = TimeSpan.FromSeconds(10), Cancellation = cancel,
            });
            if (results.Messages.Any(m => m.Code == SearchNotes.Codes.TooLong))
                return HealthCheckResult.Degraded("A search of every record took over 10 seconds.");
            if (results.Total > 0 && results.Hits.Count == 0)
                return HealthCheckResult.Unhealthy($"The index finds {results.Total} records but none could be read.");
            return HealthCheckResult.Healthy($"{results.Total} records", new Dictionary<string, object> { ["records"] = results.Total });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Searching or reading a record failed.", e);
        }
    }
}
