using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// Healthy when the archive answers as a visitor is answered: a search through the index whose
/// first hit is read from the database, title and body. A count alone answers from a small
/// b-tree while the records' own pages may be damaged, and every page fails.
/// </summary>
public sealed class ArchiveHealthCheck(ISearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var results = index.Search(new SearchRequest
            {
                Query = "", Limit = 1, IncludeFacets = false, TimeLimit = TimeSpan.FromSeconds(10), Cancellation = cancellationToken,
            });
            if (results.Messages.Any(m => m.Code == SearchNotes.Codes.TooLong))
                return Task.FromResult(HealthCheckResult.Degraded("A search of every record took over 10 seconds."));
            if (results.Total > 0 && results.Hits.Count == 0)
                return Task.FromResult(HealthCheckResult.Unhealthy($"The index finds {results.Total} records but none could be read."));
            return Task.FromResult(HealthCheckResult.Healthy($"{results.Total} records",
                new Dictionary<string, object> { ["records"] = results.Total }));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Searching or reading a record failed.", e));
        }
    }
}
