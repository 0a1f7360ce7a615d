using System.Text;
using System.Xml;
using ArchivePortal.Storage.Portal;
using ArchivePortal.Storage.Records;
using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Endpoints;

/// <summary>What lets browsers and crawlers find the portal: the OpenSearch description and the sitemap.</summary>
public static class DiscoveryEndpoints
{
    /// <summary>The sitemap protocol's limit on URLs per file; above it /sitemap.xml becomes an index of pages.</summary>
    public const int SitemapPageSize = 50_000;

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/opensearch.xml", (HttpContext http) =>
        {
            var t = Texts.For(http);
            var b = BaseUrl(http);
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>{Escape(t["site.name"])}</ShortName>
                  <Description>{Escape(t["home.description"])}</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Language>{t.HtmlLang}</Language>
                  <Url type="text/html" method="get" template="{b}/search?q={"{searchTerms}"}"/>
                  <Url type="application/json" method="get" template="{b}/api/search?q={"{searchTerms}"}"/>
                  <Url type="application/opensearchdescription+xml" rel="self" template="{b}/opensearch.xml"/>
                </OpenSearchDescription>
                """;
            return Results.Text(xml, "application/opensearchdescription+xml", Encoding.UTF8);
        }).CacheOutput(PortalCache.Policy);

        app.MapGet("/sitemap.xml", (HttpContext http, PortalRecords records, IArchiveStore store, int? page) =>
            Results.Stream(stream => WriteSitemap(stream, BaseUrl(http), records, store.Count(), page), "application/xml"))
            .CacheOutput(PortalCache.Policy);
        return app;
    }

    /// <summary>Written with the async XmlWriter calls only: Kestrel refuses synchronous writes once the buffer fills.</summary>
    static async Task WriteSitemap(Stream stream, string baseUrl, PortalRecords records, int total, int? page)
    {
        await using var w = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        await w.WriteStartDocumentAsync();
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        if (page is null && total > SitemapPageSize)
        {
            // Past the protocol's limit: an index of numbered pages.
            await w.WriteStartElementAsync(null, "sitemapindex", ns);
            for (int p = 1; (p - 1) * SitemapPageSize < total; p++)
            {
                await w.WriteStartElementAsync(null, "sitemap", ns);
                await w.WriteElementStringAsync(null, "loc", ns, $"{baseUrl}/sitemap.xml?page={p}");
                await w.WriteEndElementAsync();
            }
            await w.WriteEndElementAsync();
            return;
        }
        var number = Math.Max(1, page ?? 1);
        await w.WriteStartElementAsync(null, "urlset", ns);
        if (number == 1)
        {
            await w.WriteStartElementAsync(null, "url", ns);
            await w.WriteElementStringAsync(null, "loc", ns, baseUrl + "/");
            await w.WriteEndElementAsync();
        }
        foreach (var r in records.All().Skip((number - 1) * SitemapPageSize).Take(SitemapPageSize))
        {
            await w.WriteStartElementAsync(null, "url", ns);
            await w.WriteElementStringAsync(null, "loc", ns, $"{baseUrl}/records/{Uri.EscapeDataString(r.Id)}");
            await w.WriteElementStringAsync(null, "lastmod", ns, r.UpdatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
    }

    static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
