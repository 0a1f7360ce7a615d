using ArchivePortal.Storage.Portal;
using ArchivePortal.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Caching;

/// <summary>
/// Output caching of public pages: one entry per path, query string and UI language, all tagged
/// <see cref="Tag"/> so that an import evicts them. An import by another process (the CLI) is
/// noticed through the archive's generation stamp, checked at most once a second.
/// </summary>
public static class PortalCache
{
    public const string Tag = "archive";
    public const string Policy = "public-pages";

    public static IServiceCollection AddPortalCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            // Random searches each store a page: the cache's share of memory is bounded well below
            // the default 100 MB (the most visited pages stay; a results page is about 40 KB).
            o.SizeLimit = 32L << 20;
            o.AddPolicy(Policy, b => b
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery("*")
                .VaryByValue(http => new KeyValuePair<string, string>("ui", UiLanguage.Of(http)))
                .Tag(Tag));
        });

    /// <summary>Evicts the cache when the database changed since the last look (another process imported).</summary>
    public static IApplicationBuilder UseGenerationCheck(this IApplicationBuilder app)
    {
        var generation = app.ApplicationServices.GetRequiredService<ArchiveGeneration>();
        var store = app.ApplicationServices.GetRequiredService<IOutputCacheStore>();
        string seen = generation.Current();
        long nextCheck = 0;
        return app.Use(async (context, next) =>
        {
            var now = Environment.TickCount64;
            if (now >= Interlocked.Read(ref nextCheck))
            {
                Interlocked.Exchange(ref nextCheck, now + 1000);
                var current = generation.Current();
                if (current != Volatile.Read(ref seen))
                {
                    Volatile.Write(ref seen, current);
                    await store.EvictByTagAsync(Tag, context.RequestAborted);
                }
            }
            await next(context);
        });
    }
}
