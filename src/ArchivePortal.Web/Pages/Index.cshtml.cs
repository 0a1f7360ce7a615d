using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchivePortal.Web.Pages;

[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(PortalHome home) : PageModel
{
    public HomeView View { get; private set; } = null!;

    public void OnGet() => View = home.Get();
}
