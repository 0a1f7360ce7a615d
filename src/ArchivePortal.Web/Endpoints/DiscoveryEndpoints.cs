using System.Text;
using System.Xml;
using ArchivePortal.Storage.Portal;
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

        app.MapGet("/sitemap.xml", (HttpContext http, PortalRecords records, int? page) =>
            Results.Stream(stream => WriteSitemap(stream, BaseUrl(http), records, page), "application/xml"))
            .CacheOutput(PortalCache.Policy);
        return app;
    }

    static async Task WriteSitemap(Stream stream, string baseUrl, PortalRecords records, int? page)
    {
        await using var w = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        var all = records.All();
        if (page is null)
        {
            // One file while it fits; past the limit an index of numbered pages.
            var count = all.Take(SitemapPageSize + 1).Count();
            if (count > SitemapPageSize)
            {
                var total = records.All().Count();
                await w.WriteStartElementAsync(null, "sitemapindex", "http://www.sitemaps.org/schemas/sitemap/0.9");
                for (int p = 1; (p - 1) * SitemapPageSize < total; p++)
                {
                    w.WriteStartElement("sitemap");
                    w.WriteElementString("loc", $"{baseUrl}/sitemap.xml?page={p}");
                    w.WriteEndElement();
                }
                await w.WriteEndElementAsync();
                return;
            }
            page = 1;
        }
        await w.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        w.WriteStartElement("url");
        w.WriteElementString("loc", baseUrl + "/");
        w.WriteEndElement();
        foreach (var r in records.All().Skip((page.Value - 1) * SitemapPageSize).Take(SitemapPageSize))
        {
            w.WriteStartElement("url");
            w.WriteElementString("loc", $"{baseUrl}/records/{Uri.EscapeDataString(r.Id)}");
            w.WriteElementString("lastmod", r.UpdatedAt.ToString("yyyy-MM-dd"));
            w.WriteEndElement();
        }
        await w.WriteEndElementAsync();
    }

    static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
