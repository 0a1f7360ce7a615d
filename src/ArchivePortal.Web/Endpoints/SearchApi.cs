using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Endpoints;

/// <summary><c>/api/search</c>: the results page's data as JSON, with the same parameters (q, f, sort, page).</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/search", (HttpContext http, PortalSearch search) =>
        {
            // more=person lists that facet in full; fq=chen narrows its values to those whose label contains the text.
            var view = search.Search(SearchState.From(http.Request), http.RequestAborted);
            var t = Texts.For(http);
            var r = view.Results;
            return Results.Ok(new
            {
                query = view.State.Query,
                filters = view.State.Filters.Select(f => f.ToString()),
                sort = view.State.Sort.ToString().ToLowerInvariant(),
                page = view.State.Page,
                pageSize = SearchState.PageSize,
                total = r.Total,
                hits = r.Hits.Select(h => new
                {
                    id = h.Id, url = "/records/" + Uri.EscapeDataString(h.Id), title = h.Title, titleHtml = h.TitleHtml,
                    snippetHtml = h.SnippetHtml, language = h.Language, date = h.Date?.ToString("yyyy-MM-dd"),
                    institution = h.Institution, type = h.Type, sourceUrl = h.SourceUrl, score = h.Score,
                    institutionLabel = h.InstitutionIn(t.Language), // as the result line names it
                }),
                facets = FacetOrder.Sidebar.Where(r.Facets.ContainsKey).ToDictionary(name => name, name => r.Facets[name].Select(v => new
                {
                    value = v.Value, count = v.Count, label = FacetLabels.Of(name, v, t),
                })),
                facetSizes = r.FacetSizes,
                // Notes on ignored filters are in the interface language, the search's own notes in English;
                // notes gives the search's notes by code and arguments, and in the interface language.
                messages = FilterNotes.For(view.State.Ignored, t).Concat(r.Messages.Select(m => m.ToString())),
                notes = r.Messages.Select(n => new { code = n.Code, args = n.Args, text = t.Note(n) }),
                alternatives = view.AlternativeQueries,
                didYouMean = view.DidYouMean is { } d ? new { query = d.Query, url = view.State.WithQuery(d.Query).Url() } : null,
            });
        }).CacheOutput(PortalCache.Policy);
        return app;
    }
}
