using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class SearchModel(PortalSearch search, Core.Authorities.AuthorityRegistry authorities) : PageModel
{
    public ResultsView View { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var state = SearchState.From(Request);
        // The inline "all values" of old links (more=person&fq=chen) moved to the facet's own page.
        if (state.More is { } facet) return RedirectPermanent(Facets.FacetPageState.UrlFor(state, facet, state.FacetText));
        if (SearchWithin.CameFromForm(Request.Query)) return Redirect(state.Url());
        // A filter on an authority an archivist merged into another: its address moved for good.
        if (state.Filters.Any(f => Merged(f) is not null))
            return RedirectPermanent(state with { Filters = state.Filters.Select(f => Merged(f) is { } into ? f with { Value = into } : f).Distinct().ToList() } is var moved
                ? moved.Url() : "/search");
        View = search.Search(state, HttpContext.RequestAborted);
        return View.IsPastLastPage ? Redirect(PastLastPage.RedirectUrl(Request, View.PageCount)) : Page();
    }

    string? Merged(SelectedFilter f) =>
        Core.Authorities.AuthorityKinds.All.Contains(f.Facet) && authorities.Get(f.Facet, f.Value) is { MergedInto: not null }
            ? authorities.Canonical(f.Facet, f.Value)
            : null;
}
