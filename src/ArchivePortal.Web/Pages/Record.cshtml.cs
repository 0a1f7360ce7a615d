using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Hosting;
using ArchivePortal.Web.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class RecordModel(RecordPages records, SearchTrails trails, RecordHighlighter highlighter, PublicBaseUrl baseUrl) : PageModel
{
    public RecordView? View { get; private set; }

    /// <summary>The search the visitor came from (back, previous, next), when the address carries one.</summary>
    public SearchTrail? Trail { get; private set; }

    /// <summary>The title and body as HTML, with the search's matches marked when there is a search.</summary>
    public string TitleHtml { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";

    /// <summary>The record's permanent address: absolute, without the search (what the canonical link names).</summary>
    public string Permalink { get; private set; } = "";

    public void OnGet(string id)
    {
        // Signed-in requests bypass the output cache: an archivist's view of a hidden record is never served to visitors.
        View = records.Get(id, curator: User.IsInRole("archivist") || User.IsInRole("admin"));
        // A friendly page in the visitor's language, with the status a crawler understands.
        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Permalink = baseUrl.Of(HttpContext) + "/records/" + Uri.EscapeDataString(View.Record.Id);
        Trail = trails.Follow(View.Record.Id, Request, HttpContext.RequestAborted);
        var terms = Trail is null ? null : highlighter.TermsOf(Trail.State.Query);
        TitleHtml = terms is null ? System.Net.WebUtility.HtmlEncode(View.Record.Title) : highlighter.MarkText(View.Record.Title, View.Record.Language, terms);
        BodyHtml = terms is null ? View.BodyHtml : highlighter.MarkHtml(View.BodyHtml, View.Record.Language, terms);
    }
}
