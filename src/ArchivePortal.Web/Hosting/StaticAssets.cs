using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Static files with cache lifetimes a browser can trust: a URL fingerprinted with the file's
/// current hash (<c>asp-append-version</c> writes <c>?v=…</c>) never changes, so it is kept a
/// year without asking again; any other URL (favicon.ico, an old or made-up fingerprint) is kept
/// an hour, so that a new stylesheet reaches visitors soon after a deployment.
/// </summary>
public static class StaticAssets
{
    public const string Fingerprinted = "public, max-age=31536000, immutable";
    public const string Unfingerprinted = "public, max-age=3600";

    public static IApplicationBuilder UsePortalStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCacheLifetime });

    static void SetCacheLifetime(StaticFileResponseContext file)
    {
        var http = file.Context;
        http.Response.Headers.CacheControl = IsCurrentFingerprint(http) ? Fingerprinted : Unfingerprinted;
    }

    /// <summary>
    /// Only the fingerprint the tag helper writes today earns a year: a stale or invented <c>v</c>
    /// must not pin today's file under that URL.
    /// </summary>
    static bool IsCurrentFingerprint(HttpContext http)
    {
        if (!http.Request.Query.TryGetValue("v", out var given) || given.Count != 1) return false;
        var versions = http.RequestServices.GetRequiredService<IFileVersionProvider>();
        var current = versions.AddFileVersionToPath(http.Request.PathBase, http.Request.Path.Value!);
        return current == http.Request.Path.Value + "?v=" + given[0];
    }
}
