using ArchivePortal.Storage;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// SQLite's <c>quick_check</c> over every page of the database: on demand only (<c>/health/full</c>),
/// since it reads the whole file. One runs at a time and its answer is kept a minute, so that
/// calling the address in a loop cannot keep the disk busy.
/// </summary>
public sealed class DatabaseIntegrityCheck(ArchiveDatabase database) : IHealthCheck
{
    /// <summary>The tag of checks that run only at <c>/health/full</c>.</summary>
    public const string OnDemand = "on-demand";

    static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    readonly SemaphoreSlim one = new(1, 1);
    (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await one.WaitAsync(cancellationToken);
        try
        {
            if (last is { } kept && DateTimeOffset.UtcNow - kept.At < KeptFor) return kept.Result;
            var result = Check();
            last = (DateTimeOffset.UtcNow, result);
            return result;
        }
        finally
        {
            one.Release();
        }
    }

    HealthCheckResult Check()
    {
        try
        {
            using var c = database.Connect();
            var problems = c.Query<string>("PRAGMA quick_check(5)").ToList();
            return problems is ["ok"]
                ? HealthCheckResult.Healthy("quick_check: ok")
                : HealthCheckResult.Unhealthy("quick_check: " + string.Join("; ", problems));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return HealthCheckResult.Unhealthy("quick_check could not run: " + e.Message);
        }
    }
}
