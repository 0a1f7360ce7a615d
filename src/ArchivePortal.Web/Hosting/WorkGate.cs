namespace ArchivePortal.Web.Hosting;

/// <summary>
/// At most so many requests do the archive's work at once (<c>Archive:ConcurrentRequests</c>,
/// default two per core); the others wait their turn, in order. Each request at work holds a
/// database connection with its page cache and its search's matches in memory, so this bounds the
/// portal's memory under any load; and with two cores, more searches at once finish no sooner.
/// Pages from the output cache, static files and <c>/health</c> never wait here.
/// </summary>
public sealed class WorkGate(RequestDelegate next, IConfiguration configuration)
{
    readonly SemaphoreSlim permits = new(Permits(configuration));

    public static int Permits(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue("Archive:ConcurrentRequests", 2 * Environment.ProcessorCount));

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        await permits.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            permits.Release();
        }
    }
}
