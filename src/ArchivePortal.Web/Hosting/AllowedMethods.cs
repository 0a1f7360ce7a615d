namespace ArchivePortal.Web.Hosting;

/// <summary>
/// The portal answers GET and HEAD, and POST for its forms; any other method (TRACE, PUT, DELETE,
/// OPTIONS …) gets 405 with the Allow header, before any page or endpoint sees it.
/// </summary>
public static class AllowedMethods
{
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)) return next(context);
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        });
}
