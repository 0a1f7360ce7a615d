using ArchivePortal.Ingest.Html;

namespace ArchivePortal.Ingest.Intake;

/// <summary>
/// Every stable code of the intake pipeline: why a file, a line or a URL did not become a record. The crawl stores
/// its codes per URL (<c>archive crawl-report</c>) and the import prints them (<c>archive import</c>), and scripts
/// and translations key on them, so a code is never renamed; a new kind of failure gets a new code, an English
/// text in <see cref="IntakeErrorTexts"/>, and a line in the README.
/// </summary>
public static class IntakeErrorCodes
{
    // Reading: the file or line itself.
    /// <summary>A file that exists but cannot be read (permissions, I/O error), or a directory that cannot be listed.</summary>
    public const string FileUnreadable = "file_unreadable";
    /// <summary>A path that is a directory where a file was expected.</summary>
    public const string IsDirectory = "is_directory";
    /// <summary>A file named for import whose type no reader handles.</summary>
    public const string UnsupportedFileType = "unsupported_file_type";
    /// <summary>A file without content (no bytes, only whitespace, or no JSON lines).</summary>
    public const string EmptyFile = "empty_file";
    /// <summary>NUL bytes: an image or other binary renamed to a text extension.</summary>
    public const string BinaryFile = "binary_file";
    /// <summary>A UTF-16 file: the importer reads UTF-8 (and declared legacy charsets in HTML).</summary>
    public const string Utf16Text = "utf16_text";

    // Decoding.
    /// <summary>A page or file declares a charset that has no decoder.</summary>
    public const string UnknownCharset = "unknown_charset";

    // Record fields.
    /// <summary>Front matter that is not YAML key: value lines, or has no closing '---'.</summary>
    public const string InvalidFrontMatter = "invalid_front_matter";
    /// <summary>A field that is missing, of the wrong kind, or holds a value that is not allowed (a bad date, language or id).</summary>
    public const string InvalidField = "invalid_field";
    /// <summary>A JSONL line that is not a JSON object.</summary>
    public const string InvalidJson = "invalid_json";
    /// <summary>A document with text but no title, and no heading to take one from.</summary>
    public const string NoTitle = "no_title";

    // Identity.
    /// <summary>A record left out because an earlier record of the same import had its id.</summary>
    public const string DuplicateId = "duplicate_id";

    // The crawl's codes; not_found, too_large, undecodable_text, no_article and html_too_* serve the import too.
    /// <summary>The server answered 404 or 410; for an import, no file or directory at the path.</summary>
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
    /// <summary>The page is larger than the per-page size limit; for an import, a document over 10 MB or a JSON line over 5 MB.</summary>
    public const string TooLarge = "too_large";
    /// <summary>A content type other than HTML or plain text.</summary>
    public const string UnsupportedContentType = "unsupported_content_type";
    /// <summary>A redirect led back to a URL of the same chain.</summary>
    public const string RedirectLoop = "redirect_loop";
    /// <summary>More redirects than the limit.</summary>
    public const string TooManyRedirects = "too_many_redirects";
    /// <summary>A redirect without a usable Location, or to a URL outside the scope or disallowed by robots.txt.</summary>
    public const string RedirectRefused = "redirect_refused";
    /// <summary>The bytes could not be decoded in the declared or any detected charset (for a file: not valid UTF-8 or not valid in the charset it declares).</summary>
    public const string UndecodableText = "undecodable_text";
    /// <summary>A page or file without an article: no title (HTML), no text left after chrome removal, or a list of links.</summary>
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
