namespace ArchivePortal.Web.Accounts;

/// <summary>
/// Outside Development the session cookie is Secure, which browsers keep only from HTTPS pages
/// (and from loopback addresses, which they trust). A sign-in over plain HTTP to any other host
/// would seem to succeed and then forget the visitor; it is refused with a message instead.
/// Behind a proxy that terminates TLS, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so the portal
/// sees the original scheme (docs/portal.md).
/// </summary>
public sealed class HttpsForSignIn(bool required)
{
    public bool Refuses(HttpRequest request) => required && !request.IsHttps && !IsLoopback(request.Host.Host);

    static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
