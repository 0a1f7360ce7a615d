using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>A page listed by a sitemap, with its &lt;lastmod&gt; date when given.</summary>
public sealed record SitemapEntry(string Location, DateOnly? LastModified);

/// <summary>What a sitemap lists: pages (urlset) and further sitemaps (sitemapindex).</summary>
public sealed record SitemapContent(IReadOnlyList<SitemapEntry> Pages, IReadOnlyList<string> Sitemaps);

/// <summary>How reading one sitemap file ended.</summary>
public enum SitemapEnd
{
    /// <summary>Read to the end.</summary>
    Complete,
    /// <summary>Not XML, or broken midway: what came before the break was handed on.</summary>
    Broken,
    /// <summary>Unzipped past the byte limit: what came before the limit was handed on.</summary>
    TooLarge,
    /// <summary>More than <see cref="SitemapReader.MaxUrlsPerFile"/> locations: the first ones were handed on.</summary>
    TooManyUrls,
    /// <summary>The caller asked to stop.</summary>
    Stopped,
}

/// <summary>
/// Reads sitemaps.org files, plain or gzipped (told by the gzip magic bytes, not the name or content type,
/// which servers get wrong). Element names are matched without their namespace: sites omit or misspell it.
/// The file is read as a stream and each location handed on as it is read, so memory does not grow with the
/// file; DTDs are refused, and the unzipped bytes and the number of locations are bounded.
/// </summary>
public static class SitemapReader
{
    /// <summary>The sitemaps.org limit for one file, uncompressed.</summary>
    public const long MaxUncompressedBytes = 50 * 1024 * 1024;

    /// <summary>The sitemaps.org limit of URLs (or sitemaps, in an index) in one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The whole sitemap in <paramref name="bytes"/>, up to the limits; an unreadable file gives an empty content, not an exception.</summary>
    public static SitemapContent Read(byte[] bytes)
    {
        var pages = new List<SitemapEntry>();
        var sitemaps = new List<string>();
        Read(bytes, MaxUncompressedBytes, p => { pages.Add(p); return true; }, s => { sitemaps.Add(s); return true; });
        return new SitemapContent(pages, sitemaps);
    }

    /// <summary>Hands each page and each further sitemap of the file in <paramref name="bytes"/> on as it is read.</summary>
    /// <param name="maxBytes">Unzipped bytes read at most.</param>
    /// <param name="onPage">Takes a page; returns false to stop reading.</param>
    /// <param name="onSitemap">Takes the location of a further sitemap; returns false to stop reading.</param>
    public static SitemapEnd Read(byte[] bytes, long maxBytes, Func<SitemapEntry, bool> onPage, Func<string, bool> onSitemap)
    {
        using var stream = new LimitedReadStream(OpenMaybeGzipped(bytes), maxBytes);
        var locations = 0;
        try
        {
            using var xml = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true,
            });
            string? inside = null, loc = null, lastmod = null, element = null;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    element = xml.LocalName;
                    if (element is "url" or "sitemap") { inside = element; loc = lastmod = null; }
                }
                else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inside is not null)
                {
                    if (element == "loc") loc = xml.Value.Trim();
                    else if (element == "lastmod") lastmod = xml.Value.Trim();
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == inside)
                {
                    if (!string.IsNullOrEmpty(loc))
                    {
                        if (++locations > MaxUrlsPerFile) return SitemapEnd.TooManyUrls;
                        var goOn = inside == "url" ? onPage(new SitemapEntry(loc, Date(lastmod))) : onSitemap(loc);
                        if (!goOn) return SitemapEnd.Stopped;
                    }
                    inside = null;
                }
            }
            return stream.LimitReached ? SitemapEnd.TooLarge : SitemapEnd.Complete;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // A broken sitemap yields what was read before the break; discovery goes on through links.
            // (System.Xml throws ArgumentOutOfRangeException, not XmlException, on a byte that is not
            // ASCII in the XML declaration: dotnet/runtime#113061.)
            return stream.LimitReached ? SitemapEnd.TooLarge : SitemapEnd.Broken;
        }
    }

    static Stream OpenMaybeGzipped(byte[] bytes)
    {
        var raw = new MemoryStream(bytes, writable: false);
        return bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }

    static DateOnly? Date(string? w3cDate) =>
        w3cDate is { Length: >= 10 } && DateOnly.TryParseExact(w3cDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
