namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Defence in depth for a portal that shows text from other sites: the pages need no script, and
/// only the portal's own script files may run (facets.js, search.js, record.js; no inline script,
/// so none injected into a page; JSON-LD is data, not executed); nothing loads from elsewhere.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
}
