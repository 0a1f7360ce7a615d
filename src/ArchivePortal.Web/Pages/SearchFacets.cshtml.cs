using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Facets;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

/// <summary>
/// All values of one facet for a search (what "All N values" opens): a page of its own, so that a
/// facet of thousands of persons is paged here instead of lengthening the results' sidebar.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class SearchFacetsModel(FacetValueSearch values) : PageModel
{
    public FacetValuesView View { get; private set; } = null!;

    public IActionResult OnGet(string name)
    {
        if (!FacetOrder.Known(name)) return NotFound();
        View = values.Find(FacetPageState.From(name, Request), Texts.For(HttpContext), HttpContext.RequestAborted);
        return View.IsPastLastPage ? Redirect(PastLastPage.RedirectUrl(Request, View.PageCount)) : Page();
    }
}
