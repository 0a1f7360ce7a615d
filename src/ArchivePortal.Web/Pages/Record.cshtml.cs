using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class RecordModel(RecordPages records) : PageModel
{
    public RecordView? View { get; private set; }

    public void OnGet(string id)
    {
        // Signed-in requests bypass the output cache: an archivist's view of a hidden record is never served to visitors.
        View = records.Get(id, curator: User.IsInRole("archivist") || User.IsInRole("admin"));
        // A friendly page in the visitor's language, with the status a crawler understands.
        if (View is null) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
