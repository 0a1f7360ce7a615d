using System.Text;
using System.Xml;
using ArchivePortal.Storage.Feeds;
using ArchivePortal.Web.Accounts;
using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Endpoints;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Feeds;

/// <summary>
/// The feeds: of any search (/search/atom, /search/rss, the parameters of /search), of a saved
/// search at an address holding its secret token (/feeds/{token}.atom, .rss; no cookie needed), and
/// an OPML file of all of a signed-in person's saved-search feeds.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/search/atom", (HttpContext http, FeedResponder feeds) => feeds.PublicAsync(http, FeedFormat.Atom))
            .CacheOutput(PortalCache.Policy);
        app.MapGetAndHead("/search/rss", (HttpContext http, FeedResponder feeds) => feeds.PublicAsync(http, FeedFormat.Rss))
            .CacheOutput(PortalCache.Policy);
        app.MapGetAndHead("/feeds/{token}.{format}", async (HttpContext http, string token, string format, SavedSearchStore saved, FeedResponder feeds) =>
        {
            // A rotated, deleted or made-up token finds nothing, like an address that never was.
            if (FeedFormat.Parse(format) is not { } f || saved.FindByToken(token) is not { } search)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await feeds.SavedAsync(http, search, f);
        });
        app.MapGet("/saved/feeds.opml", (HttpContext http, SavedSearchStore saved) => Opml(http, saved))
            .RequireAuthorization(AccessPolicies.SignedIn);
        return app;
    }

    /// <summary>OPML 2.0: one outline per saved search, with its Atom feed, for a reader to import in one step.</summary>
    static IResult Opml(HttpContext http, SavedSearchStore store)
    {
        var texts = Texts.For(http);
        var site = http.RequestServices.GetRequiredService<Hosting.PublicBaseUrl>().Of(http);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", texts.Format("saved.opmlTitle", http.User.Identity!.Name!));
            xml.WriteElementString("dateCreated", DateTimeOffset.UtcNow.ToString("R"));
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var s in store.ListFor(http.User.UserId()!.Value))
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("type", "rss");
                xml.WriteAttributeString("text", s.Name);
                xml.WriteAttributeString("title", s.Name);
                xml.WriteAttributeString("xmlUrl", $"{site}/feeds/{store.TokenOf(s)}.atom");
                xml.WriteAttributeString("htmlUrl", $"{site}/saved/{s.Id}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(buffer.ToArray(), "text/x-opml; charset=utf-8", "feeds.opml");
    }
}
