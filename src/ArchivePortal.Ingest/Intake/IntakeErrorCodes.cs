using ArchivePortal.Ingest.Html;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>
/// The stable codes a crawl records per URL. They are stored and shown by <c>archive crawl-report</c>, so a code
/// is never renamed; a new kind of failure gets a new code.
/// </summary>
public static class CrawlErrorCodes
{
    /// <summary>The server answered 404 or 410.</summary>
    public const string NotFound = "not_found";
    /// <summary>Another 4xx answer (401, 403, …).</summary>
    public const string ClientError = "http_client_error";
    /// <summary>A 5xx answer that retries did not cure.</summary>
    public const string ServerError = "http_server_error";
    /// <summary>429 Too Many Requests after every retry, or a Retry-After longer than the crawl waits.</summary>
    public const string RateLimited = "rate_limited";
    /// <summary>No answer (headers and body) within the timeout.</summary>
    public const string Timeout = "timeout";
    /// <summary>Connection refused or reset, DNS failure, TLS failure, after every retry.</summary>
    public const string NetworkError = "network_error";
    /// <summary>The page is larger than the per-page size limit.</summary>
    public const string TooLarge = "too_large";
    /// <summary>A content type other than HTML or plain text.</summary>
    public const string UnsupportedContentType = "unsupported_content_type";
    /// <summary>A redirect led back to a URL of the same chain.</summary>
    public const string RedirectLoop = "redirect_loop";
    /// <summary>More redirects than the limit.</summary>
    public const string TooManyRedirects = "too_many_redirects";
    /// <summary>A redirect without a usable Location, or to a URL outside the scope or disallowed by robots.txt.</summary>
    public const string RedirectRefused = "redirect_refused";
    /// <summary>The bytes could not be decoded in the declared or any detected charset.</summary>
    public const string UndecodableText = "undecodable_text";
    /// <summary>A page without an article: no title, no text left after chrome removal, or a list of links.</summary>
    public const string NoArticle = "no_article";
    /// <summary>robots.txt disallows the URL (the URL is never requested).</summary>
    public const string RobotsDisallowed = "robots_disallowed";
    /// <summary>The host's robots.txt answered 5xx or not at all, so none of its pages is fetched (RFC 9309).</summary>
    public const string RobotsUnavailable = "robots_unavailable";
    /// <summary>The page says &lt;meta name="robots" content="noindex"&gt;.</summary>
    public const string NoIndex = "noindex";
    /// <summary>The page's tags nest too deep to parse in reasonable time (thousands of unclosed elements).</summary>
    public const string HtmlTooDeep = HtmlRefusal.TooDeep;
    /// <summary>Parsing the page and taking its article out took longer than the per-document time limit.</summary>
    public const string HtmlTooSlow = HtmlRefusal.TooSlow;
    /// <summary>A sitemap unzips to more than the limit (a gzip bomb?); the URLs before the limit are queued.</summary>
    public const string SitemapTooLarge = "sitemap_too_large";
    /// <summary>A sitemap lists more than 50,000 URLs, or the host's sitemaps more than the per-host limit; the rest are not queued.</summary>
    public const string SitemapTooManyUrls = "sitemap_too_many_urls";
    /// <summary>A sitemap index lists more sitemap files than are read per host; those are not read.</summary>
    public const string SitemapTooManyFiles = "sitemap_too_many_files";
    /// <summary>A sitemap index nested deeper than the limit; the sitemaps it lists are not read.</summary>
    public const string SitemapTooDeep = "sitemap_too_deep";
    /// <summary>The crawl's frontier was full when this sitemap was read; the rest of its URLs are not queued.</summary>
    public const string FrontierFull = "frontier_full";
    /// <summary>The article is dated before --since.</summary>
    public const string OlderThanSince = "older_than_since";
}
