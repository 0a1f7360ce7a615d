using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class SearchModel(PortalSearch search) : PageModel
{
    public ResultsView View { get; private set; } = null!;

    public IActionResult OnGet()
    {
        View = search.Search(SearchState.From(Request));
        return View.IsPastLastPage ? Redirect(PastLastPage.RedirectUrl(Request, View.PageCount)) : Page();
    }
}
