using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Endpoints;
using ArchivePortal.Web.Hosting;
using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Records.Citations;

/// <summary>
/// <c>/records/{id}/cite.ris</c>, <c>cite.bib</c> and <c>cite.json</c> (CSL-JSON): the record as a
/// file for a reference manager, named after the record, cached like the record page.
/// </summary>
public static class CitationEndpoints
{
    sealed record Format(string Extension, string ContentType, Func<Citation, string> Write);

    static readonly Format[] Formats =
    [
        new(RisCitation.Extension, RisCitation.ContentType, RisCitation.Write),
        new(BibTexCitation.Extension, BibTexCitation.ContentType, BibTexCitation.Write),
        new(CslJsonCitation.Extension, CslJsonCitation.ContentType, CslJsonCitation.Write),
    ];

    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        foreach (var format in Formats)
            app.MapGetAndHead("/records/{id}/cite." + format.Extension, (string id, HttpContext http, RecordPages records, PublicBaseUrl baseUrl) =>
                    Answer(format, id, http, records, baseUrl))
                .CacheOutput(PortalCache.Policy);
        return app;
    }

    static IResult Answer(Format format, string id, HttpContext http, RecordPages records, PublicBaseUrl baseUrl)
    {
        // Hidden records are absent here as on their page; this route is only for visitors.
        if (records.Get(id) is not { } view) return Results.NotFound();
        var permalink = baseUrl.Of(http) + "/records/" + Uri.EscapeDataString(view.Record.Id);
        var citation = Citation.Of(view, permalink, Texts.For(view.Record.Language)["site.name"]);
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition
        {
            FileName = FileName(view.Record.Id) + "." + format.Extension,
        }.ToString();
        return Results.Text(format.Write(citation), format.ContentType + "; charset=utf-8");
    }

    /// <summary>The record id as a file name: letters, digits, - and _ (an id may hold anything a crawler found).</summary>
    static string FileName(string id)
    {
        var name = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return name.Length is 0 or > 100 ? "record" : name;
    }
}
