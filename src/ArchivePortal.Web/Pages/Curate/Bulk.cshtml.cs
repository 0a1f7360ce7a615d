using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Web.Curation;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Curate;

/// <summary>
/// Bulk tagging from a search: "add topic X to all N results" or "remove …". The archivist sees how
/// many records match and how many the change would alter before confirming; the change is one
/// transaction and one entry in the audit log, revertible as one.
/// </summary>
public sealed class BulkModel(Archive archive, AuthorityChoices choices, CurationCache cache) : PageModel
{
    public SearchState State { get; private set; } = new();
    public int Matching { get; private set; }

    [BindProperty] public string Kind { get; set; } = AuthorityKinds.Topic;
    [BindProperty] public string? Authority { get; set; }
    [BindProperty] public bool Add { get; set; } = true;

    /// <summary>Set after "Preview": what confirming would do.</summary>
    public BulkPreview? Preview { get; private set; }
    public Core.Authorities.Authority? Resolved { get; private set; }
    public string? Problem { get; private set; }

    public AuthorityChoices Choices => choices;

    /// <summary>The search's state is carried in the address of every form (q, f).</summary>
    SearchRequest Request_ => State.ToRequest() with { Offset = 0, Limit = 0, IncludeFacets = false };

    public void OnGet() => Load();

    public IActionResult OnPostPreview()
    {
        Load();
        if (Resolve() is not { } authority) return Page();
        Preview = archive.BulkTagging.Preview(Request_, new LinkEdit(Kind, authority.Id, Add));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync()
    {
        Load();
        if (Resolve() is not { } authority) return Page();
        try
        {
            var change = archive.BulkTagging.Apply(Request_, new LinkEdit(Kind, authority.Id, Add), User.Identity!.Name!);
            await cache.EvictAsync(HttpContext.RequestAborted);
            return Redirect(change is { } id ? $"/curate?saved={id}" : "/curate?unchanged=true");
        }
        catch (CurationException e)
        {
            Problem = e.Message;
            return Page();
        }
    }

    void Load()
    {
        State = SearchState.From(Request.Query);
        Matching = archive.Index.Search(Request_).Total;
    }

    Core.Authorities.Authority? Resolve()
    {
        if (!AuthorityKinds.All.Contains(Kind)) Kind = AuthorityKinds.Topic;
        Resolved = string.IsNullOrWhiteSpace(Authority) ? null : choices.Resolve(Kind, Authority);
        if (Resolved is null) Problem = Texts.For(HttpContext).Format("curate.unknownAuthority", Texts.For(HttpContext)["facet." + Kind], Authority?.Trim() ?? "");
        return Resolved;
    }
}
