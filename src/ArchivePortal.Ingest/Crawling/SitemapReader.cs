using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>A page listed by a sitemap, with its &lt;lastmod&gt; date when given.</summary>
public sealed record SitemapEntry(string Location, DateOnly? LastModified);

/// <summary>What a sitemap lists: pages (urlset) and further sitemaps (sitemapindex).</summary>
public sealed record SitemapContent(IReadOnlyList<SitemapEntry> Pages, IReadOnlyList<string> Sitemaps);

/// <summary>
/// Reads sitemaps.org files, plain or gzipped (told by the gzip magic bytes, not the name or content type,
/// which servers get wrong). Element names are matched without their namespace: sites omit or misspell it.
/// DTDs are refused, and the unzipped size is bounded, so a hostile file cannot blow up memory.
/// </summary>
public static class SitemapReader
{
    /// <summary>The sitemaps.org limit for one file, uncompressed.</summary>
    public const int MaxUncompressedBytes = 50 * 1024 * 1024;

    /// <summary>The sitemap in <paramref name="bytes"/>; an unreadable file gives an empty content, not an exception.</summary>
    public static SitemapContent Read(byte[] bytes)
    {
        var pages = new List<SitemapEntry>();
        var sitemaps = new List<string>();
        try
        {
            using var stream = OpenMaybeGzipped(bytes);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
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
                        if (inside == "url") pages.Add(new SitemapEntry(loc, Date(lastmod)));
                        else sitemaps.Add(loc);
                    }
                    inside = null;
                }
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // A broken sitemap yields what was read before the break; discovery goes on through links.
            // (System.Xml throws ArgumentOutOfRangeException, not XmlException, on a byte that is not
            // ASCII in the XML declaration: dotnet/runtime#113061.)
        }
        return new SitemapContent(pages, sitemaps);
    }

    static Stream OpenMaybeGzipped(byte[] bytes)
    {
        var raw = new MemoryStream(bytes, writable: false);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return raw;
        using var gzip = new GZipStream(raw, CompressionMode.Decompress);
        var unzipped = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = gzip.Read(buffer)) > 0)
        {
            if (unzipped.Length + n > MaxUncompressedBytes) throw new InvalidDataException("sitemap larger than 50 MB unzipped");
            unzipped.Write(buffer, 0, n);
        }
        unzipped.Position = 0;
        return unzipped;
    }

    static DateOnly? Date(string? w3cDate) =>
        w3cDate is { Length: >= 10 } && DateOnly.TryParseExact(w3cDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
