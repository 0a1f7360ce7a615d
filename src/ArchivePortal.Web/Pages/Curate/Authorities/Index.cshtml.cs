using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Curate.Authorities;

/// <summary>The authorities, searchable by any name in any script, filtered by kind and by "waiting for review".</summary>
public sealed class IndexModel(Archive archive) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Provisional { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuthoritySummary> Found { get; private set; } = [];
    public int Total { get; private set; }

    public void OnGet()
    {
        if (Kind is not null && !AuthorityKinds.All.Contains(Kind)) Kind = null;
        var all = archive.AuthorityCuration.List(Kind, Q, Provisional);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Found = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string PageUrl(int page) => "/curate/authorities" + QueryString.Create(new Dictionary<string, string?>
    {
        ["kind"] = Kind, ["q"] = Q, ["provisional"] = Provisional ? "true" : null, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
