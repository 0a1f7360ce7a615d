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
        View = records.Get(id);
        // A friendly page in the visitor's language, with the status a crawler understands.
        if (View is null) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
