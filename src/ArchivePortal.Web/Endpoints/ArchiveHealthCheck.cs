using ArchivePortal.Storage.Records;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchivePortal.Web.Endpoints;

/// <summary>Healthy when the database answers a count.</summary>
public sealed class ArchiveHealthCheck(IArchiveStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var records = store.Count();
            return Task.FromResult(HealthCheckResult.Healthy($"{records} records",
                new Dictionary<string, object> { ["records"] = records }));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The database does not answer.", e));
        }
    }
}
