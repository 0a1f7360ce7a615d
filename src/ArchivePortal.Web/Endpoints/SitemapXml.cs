using System.Globalization;
using System.Text;
using System.Xml;
using ArchivePortal.Storage.Portal;

namespace ArchivePortal.Web.Endpoints;

/// <summary>
/// The sitemap protocol's two documents: a page of URLs, and an index of pages. Written with the
/// async XmlWriter calls only: Kestrel refuses synchronous writes once its buffer fills.
/// </summary>
public static class SitemapXml
{
    const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task WriteIndexAsync(Stream stream, string baseUrl, int pages)
    {
        await using var w = Create(stream);
        await w.WriteStartDocumentAsync();
        await w.WriteStartElementAsync(null, "sitemapindex", Namespace);
        for (int page = 1; page <= pages; page++)
        {
            await w.WriteStartElementAsync(null, "sitemap", Namespace);
            await w.WriteElementStringAsync(null, "loc", Namespace, $"{baseUrl}/sitemap.xml?page={page}");
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
    }

    public static async Task WritePageAsync(Stream stream, string baseUrl, PortalRecords records, SitemapSlice slice)
    {
        await using var w = Create(stream);
        await w.WriteStartDocumentAsync();
        await w.WriteStartElementAsync(null, "urlset", Namespace);
        if (slice.Home)
        {
            await w.WriteStartElementAsync(null, "url", Namespace);
            await w.WriteElementStringAsync(null, "loc", Namespace, baseUrl + "/");
            await w.WriteEndElementAsync();
        }
        foreach (var r in records.All().Skip(slice.SkipRecords).Take(slice.TakeRecords))
        {
            await w.WriteStartElementAsync(null, "url", Namespace);
            await w.WriteElementStringAsync(null, "loc", Namespace, $"{baseUrl}/records/{Uri.EscapeDataString(r.Id)}");
            await w.WriteElementStringAsync(null, "lastmod", Namespace, r.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
    }

    static XmlWriter Create(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
}
