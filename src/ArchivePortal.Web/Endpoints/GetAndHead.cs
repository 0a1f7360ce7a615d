namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// Routes that answer HEAD as well as GET. Crawlers and link checkers ask with HEAD (GET without the
/// body); Razor Pages answer it by themselves, minimal API routes only for the methods they name.
/// Kestrel sends a HEAD response's headers and drops what the handler writes to its body.
/// </summary>
public static class GetAndHead
{
    static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
