namespace ArchivePortal.Web.Hosting;

/// <summary>
/// The portal's own address for links it writes into documents (robots.txt, the sitemap, the
/// OpenSearch description, feeds): <c>Archive:PublicUrl</c> when configured, else the request's
/// scheme and Host header, but only a Host that is a real host name or address. The Host header is
/// the client's to choose; a value such as "a&amp;b" must not end up in a document.
/// </summary>
public sealed class PublicBaseUrl(IConfiguration configuration)
{
    readonly Uri? configured = Uri.TryCreate(configuration["Archive:PublicUrl"], UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : null;

    /// <summary>The base, without a trailing slash: https://archive.example or http://127.0.0.1:5000.</summary>
    public string Of(HttpContext http)
    {
        if (configured is not null) return configured.GetLeftPart(UriPartial.Authority) + configured.AbsolutePath.TrimEnd('/');
        var host = http.Request.Host;
        var valid = host.HasValue && Uri.CheckHostName(host.Host) != UriHostNameType.Unknown;
        return $"{http.Request.Scheme}://{(valid ? host.ToUriComponent() : "localhost")}{http.Request.PathBase}";
    }

    public Uri Root(HttpContext http) => new(Of(http) + "/");
}
