using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Brotli or gzip for pages, feeds and static files, over HTTPS too, except where compression
/// could leak a secret (BREACH): a page compressed beside text an attacker chooses (the query
/// echoed in a search page) gives away, by its size, a secret on the same page. Pages that
/// carry an antiforgery token are sent with <c>Cache-Control: no-store</c>, and pages for a
/// signed-in person name the account and hold its forms: those go uncompressed.
/// </summary>
public static class PortalCompression
{
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "image/x-icon", "application/atom+xml", "application/rss+xml", "application/opensearchdescription+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SecretSafeCompression>();
        return services;
    }

    sealed class SecretSafeCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.User.Identity?.IsAuthenticated != true
            && !context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && base.ShouldCompressResponse(context);
    }
}
