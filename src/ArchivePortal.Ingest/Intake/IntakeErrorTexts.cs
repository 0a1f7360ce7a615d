using System.Collections.Frozen;

namespace ArchivePortal.Ingest.Intake;

/// <summary>
/// One English sentence per <see cref="IntakeErrorCodes"/> code: what went wrong and what to do about it. The
/// details of a single failure (a byte offset, an HTTP status) stay in its detail text; these texts are the same for
/// every failure of a kind, so an interface can show them in the visitor's language by looking the code up in its
/// own table, and falls back to this one.
/// </summary>
public static class IntakeErrorTexts
{
    /// <summary>The English text of every code.</summary>
    public static FrozenDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        [IntakeErrorCodes.FileUnreadable] = "The file or folder could not be read; check its permissions.",
        [IntakeErrorCodes.IsDirectory] = "A folder was found where a file was expected.",
        [IntakeErrorCodes.UnsupportedFileType] = "No reader handles this type of file.",
        [IntakeErrorCodes.EmptyFile] = "The file holds no text.",
        [IntakeErrorCodes.BinaryFile] = "The file is binary, not text.",
        [IntakeErrorCodes.Utf16Text] = "The file is UTF-16 text; save it as UTF-8.",
        [IntakeErrorCodes.UnknownCharset] = "The document declares a character set that cannot be decoded; save it as UTF-8.",
        [IntakeErrorCodes.InvalidFrontMatter] = "The front matter is not valid YAML between two '---' lines.",
        [IntakeErrorCodes.InvalidField] = "A field is missing or holds a value that is not allowed.",
        [IntakeErrorCodes.InvalidJson] = "The line is not a JSON object.",
        [IntakeErrorCodes.NoTitle] = "The document has no title and no heading to take one from.",
        [IntakeErrorCodes.DuplicateId] = "An earlier record of the same import has this id; the first is kept.",
        [IntakeErrorCodes.NotFound] = "Nothing was found at this address or path.",
        [IntakeErrorCodes.ClientError] = "The server refused the request.",
        [IntakeErrorCodes.ServerError] = "The server failed to answer, also after retries.",
        [IntakeErrorCodes.RateLimited] = "The server asked to slow down for longer than the crawl waits.",
        [IntakeErrorCodes.Timeout] = "The server did not answer in time.",
        [IntakeErrorCodes.NetworkError] = "The server could not be reached.",
        [IntakeErrorCodes.TooLarge] = "The document is larger than the size limit.",
        [IntakeErrorCodes.UnsupportedContentType] = "The address serves neither HTML nor plain text.",
        [IntakeErrorCodes.RedirectLoop] = "The redirects lead in a circle.",
        [IntakeErrorCodes.TooManyRedirects] = "There are more redirects than the limit.",
        [IntakeErrorCodes.RedirectRefused] = "A redirect leads outside the crawl or to a page robots.txt forbids.",
        [IntakeErrorCodes.UndecodableText] = "The text is not valid in its declared or any detected character set.",
        [IntakeErrorCodes.NoArticle] = "No article was found: no title, or no text besides navigation and page chrome.",
        [IntakeErrorCodes.RobotsDisallowed] = "robots.txt forbids this address.",
        [IntakeErrorCodes.RobotsUnavailable] = "The site's robots.txt could not be read, so the site is not crawled.",
        [IntakeErrorCodes.NoIndex] = "The page asks not to be indexed.",
        [IntakeErrorCodes.HtmlTooDeep] = "The HTML nests too deep to read (unclosed elements?).",
        [IntakeErrorCodes.HtmlTooSlow] = "Reading the HTML took longer than the time limit.",
        [IntakeErrorCodes.SitemapTooLarge] = "The sitemap unpacks to more than the limit; the URLs before it are queued.",
        [IntakeErrorCodes.SitemapTooManyUrls] = "The sitemap lists more URLs than the limit; the rest are not queued.",
        [IntakeErrorCodes.SitemapTooManyFiles] = "The sitemap index lists more sitemaps than are read per site.",
        [IntakeErrorCodes.SitemapTooDeep] = "Sitemap indexes nest deeper than the limit.",
        [IntakeErrorCodes.FrontierFull] = "The crawl's queue was full; the rest of the URLs are not queued.",
        [IntakeErrorCodes.OlderThanSince] = "The article is older than --since.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English text of <paramref name="code"/>, or the code itself for one this version does not know (a newer database).</summary>
    public static string For(string code) => English.GetValueOrDefault(code, code);
}
