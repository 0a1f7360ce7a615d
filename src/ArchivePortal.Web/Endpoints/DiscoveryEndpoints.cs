using System.Text;
using ArchivePortal.Storage.Portal;
using ArchivePortal.Storage.Records;
using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Endpoints;

/// <summary>What lets browsers and crawlers find the portal: the OpenSearch description, robots.txt and the sitemap.</summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/opensearch.xml", (HttpContext http) =>
        {
            var t = Texts.For(http);
            var b = Escape(BaseUrl(http));
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

        // Result pages (/search) stay open to crawlers: they carry noindex, and a crawler has to read
        // them to see it and to follow their links to records. /api/ and /ui/ are no pages to find.
        app.MapGetAndHead("/robots.txt", (HttpContext http) => Results.Text($"""
            User-agent: *
            Allow: /
            Disallow: /api/
            Disallow: /ui/

            Sitemap: {BaseUrl(http)}/sitemap.xml

            """, "text/plain", Encoding.UTF8)).CacheOutput(PortalCache.Policy);

        app.MapGetAndHead("/sitemap.xml", (HttpContext http, PortalRecords records, IArchiveStore store, SitemapPaging paging, int? page) =>
        {
            var baseUrl = BaseUrl(http);
            var total = store.Count();
            if (page is null && paging.IsIndex(total))
                return Results.Stream(s => SitemapXml.WriteIndexAsync(s, baseUrl, paging.PageCount(total)), "application/xml");
            var number = page ?? 1;
            if (!paging.HasPage(number, total)) return Results.NotFound();
            return Results.Stream(s => SitemapXml.WritePageAsync(s, baseUrl, records, paging.Slice(number)), "application/xml");
        }).CacheOutput(PortalCache.Policy);
        return app;
    }

    static string BaseUrl(HttpContext http) => http.RequestServices.GetRequiredService<Hosting.PublicBaseUrl>().Of(http);

    static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
