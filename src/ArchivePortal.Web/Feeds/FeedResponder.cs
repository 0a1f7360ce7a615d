using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Feeds;
using ArchivePortal.Storage.Search;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Microsoft.Net.Http.Headers;

namespace ArchivePortal.Web.Feeds;

/// <summary>
/// Answers a feed request over HTTP: the newest <see cref="Entries"/> matching records, newest
/// publication date first, then the last imported. Conditional GET is answered before searching:
/// the ETag stands for the feed's definition, its language and the archive's write generation (and
/// the day, for embargoes that end), so a poll that finds nothing new costs one SQL read. A 200
/// also carries Last-Modified, the newest entry's change, which If-Modified-Since is checked against.
/// </summary>
public sealed class FeedResponder(ISearchIndex index, FeedRecords records, FeedWriter writer, Hosting.PublicBaseUrl baseUrl)
{
    public const int Entries = 50;

    /// <summary>The feed of a search as on /search (same parameters), in ?lang= or the visitor's language.</summary>
    public Task PublicAsync(HttpContext http, FeedFormat format)
    {
        var state = SearchState.From(http.Request.Query);
        var texts = Texts.For(UiLanguage.Normalize(http.Request.Query["lang"]) ?? UiLanguage.Of(http));
        var site = SiteRoot(http);
        var alternate = new Uri(site, state.Url());
        var title = state.Query.Length > 0 ? texts.Format("search.titleFor", state.Query) : texts["site.name"];
        return RespondAsync(http, format, texts, state.ToRequest(), identity: "search " + state.Url(),
            feed => feed with { Id = alternate.AbsoluteUri, Title = title, Subtitle = texts["feed.subtitle"], Alternate = alternate });
    }

    /// <summary>The feed of a saved search, found by the token in its address; 404 for any other token.</summary>
    public Task SavedAsync(HttpContext http, SavedSearch saved, FeedFormat format)
    {
        var texts = Texts.For(UiLanguage.Normalize(http.Request.Query["lang"]) ?? saved.Language);
        var site = SiteRoot(http);
        var state = new SearchState { Query = saved.Query, Filters = saved.Filters.Where(f => !f.Negated).Select(f => new SelectedFilter(f.Field, f.Value)).ToList() };
        var request = saved.Request() with { Filters = saved.Filters };
        return RespondAsync(http, format, texts, request,
            identity: $"saved {saved.Id} {saved.UpdatedAt:O} {saved.TokenVersion}",
            feed => feed with
            {
                Id = $"tag:{site.Host},2026:saved-search:{saved.Id}", Title = saved.Name, Subtitle = texts["feed.subtitle"],
                Alternate = new Uri(site, state.Url()),
            });
    }

    async Task RespondAsync(HttpContext http, FeedFormat format, Texts texts, SearchRequest request, string identity, Func<FeedContent, FeedContent> describe)
    {
        var response = http.Response;
        var etag = new EntityTagHeaderValue("\"" + Hash($"{format.Name} {texts.Language} {identity} {records.Generation()} {Storage.Curation.Visibility.TodayText}") + "\"");
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "no-cache"; // readers revalidate: a 304 costs almost nothing
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var tags) && tags.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var results = index.Search(request with { Sort = SearchSort.Recent, Offset = 0, Limit = Entries, IncludeFacets = false, SnippetLength = 300 });
        var details = records.Of(results.Hits.Select(h => h.Id).ToList());
        var entries = results.Hits.Where(h => details.ContainsKey(h.Id)).Select(h => (h, details[h.Id])).ToList();
        var self = new Uri(SiteRoot(http), http.Request.Path + http.Request.QueryString);
        var content = describe(new FeedContent("", "", "", self, self, texts.Language, entries));
        var lastModified = Seconds(content.LastModified);
        response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        if (http.Request.Headers.IfNoneMatch.Count == 0
            && DateTimeOffset.TryParseExact(http.Request.Headers.IfModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && lastModified <= since)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = format.MediaType + "; charset=utf-8";
        // The syndication formatters write synchronously: into memory first, then out asynchronously.
        using var buffer = new MemoryStream();
        await writer.WriteAsync(buffer, content, format, texts);
        response.ContentLength = buffer.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, http.RequestAborted);
    }

    Uri SiteRoot(HttpContext http) => baseUrl.Root(http);

    static DateTimeOffset Seconds(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..32].ToLowerInvariant();
}
