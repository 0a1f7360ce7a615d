namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// One spelling per URL, so that the frontier holds each page once: http(s) only, scheme and host lower case
/// (System.Uri does that), default port dropped, fragment removed, query parameters sorted and tracking
/// parameters (utm_*) dropped, an empty path written as "/". The path keeps its case: servers may tell
/// /News from /news.
/// </summary>
public static class UrlNormalizer
{
    /// <summary>The normal form of <paramref name="url"/>, or null when it is not an absolute http(s) URL or has none.</summary>
    public static Uri? Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host)) return null;
        var builder = new UriBuilder(url)
        {
            Fragment = "",
            Port = url.IsDefaultPort ? -1 : url.Port,
            Query = SortedQuery(url.Query),
        };
        if (builder.Path.Length == 0) builder.Path = "/";
        try
        {
            return builder.Uri;
        }
        catch (UriFormatException)
        {
            // Uri accepts some URLs that UriBuilder cannot write back (http://:s@l, a host of U+037E): no page to fetch.
            return null;
        }
    }

    /// <summary>Parses and normalizes <paramref name="href"/> relative to <paramref name="baseUrl"/>; null when unusable.</summary>
    public static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        // On Unix "/news/42" parses as an absolute file: URI, so only web schemes count as absolute.
        // UriParsing: System.Uri throws on some hrefs (bidi controls in the host) instead of failing.
        if (UriParsing.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return Normalize(absolute);
        return UriParsing.TryCreate(baseUrl, href, out var resolved) ? Normalize(resolved) : null;
    }

    static string SortedQuery(string query)
    {
        if (query.Length <= 1) return "";
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Split('=', 2)[0], StringComparer.Ordinal); // stable: repeated keys keep their order
        return string.Join('&', pairs);
    }
}
