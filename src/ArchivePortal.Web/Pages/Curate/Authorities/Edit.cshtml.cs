using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Web.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Curate.Authorities;

/// <summary>
/// One authority: its labels and aliases (with the values the form showed, for conflicts), its
/// review (accept or reject a provisional one) and merging it into another. A merged authority's
/// address redirects permanently to the one it became.
/// </summary>
public sealed class EditModel(Archive archive, AuthorityChoices choices, CurationCache cache) : PageModel
{
    public AuthoritySummary? Current { get; private set; }

    [BindProperty] public Dictionary<string, string?> Labels { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> LabelsShown { get; set; } = [];
    [BindProperty] public string? Aliases { get; set; }
    [BindProperty] public string? AliasesShown { get; set; }
    [BindProperty] public string? MergeInto { get; set; }
    [BindProperty(SupportsGet = true)] public long? Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unchanged { get; set; }

    public string? Problem { get; private set; }
    public IReadOnlyList<FieldConflict> Conflicts { get; private set; } = [];
    public AuthorityChoices Choices => choices;

    public IActionResult OnGet(string kind, string id)
    {
        if (Redirected(kind, id) is { } redirect) return redirect;
        Fill();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string kind, string id) => Run(kind, id, () =>
        archive.AuthorityCuration.Edit(kind, id,
        [
            .. AuthorityFields.LabelLanguages.Select(l => new FieldEdit(AuthorityFields.Label(l), LabelsShown.GetValueOrDefault(l), Labels.GetValueOrDefault(l))),
            new FieldEdit(AuthorityFields.Aliases, AliasesShown, Aliases),
        ], User.Identity!.Name!));

    public Task<IActionResult> OnPostAcceptAsync(string kind, string id) =>
        Run(kind, id, () => archive.AuthorityCuration.Accept(kind, id, User.Identity!.Name!));

    public Task<IActionResult> OnPostRejectAsync(string kind, string id) =>
        Run(kind, id, () => archive.AuthorityCuration.Reject(kind, id, User.Identity!.Name!));

    public Task<IActionResult> OnPostMergeAsync(string kind, string id) => Run(kind, id, () =>
    {
        var into = string.IsNullOrWhiteSpace(MergeInto) ? null : choices.Resolve(kind, MergeInto);
        if (into is null)
            throw new CurationException(Localization.Texts.For(HttpContext).Format("curate.unknownAuthority",
                Localization.Texts.For(HttpContext)["facet." + kind], MergeInto?.Trim() ?? ""));
        return archive.AuthorityCuration.Merge(kind, id, into.Id, User.Identity!.Name!);
    });

    async Task<IActionResult> Run(string kind, string id, Func<long?> change)
    {
        if (Redirected(kind, id) is { } redirect) return redirect;
        try
        {
            var saved = change();
            await cache.EvictAsync(HttpContext.RequestAborted);
            // After a merge this address redirects to the authority it became.
            return Redirect($"/curate/authorities/{kind}/{Uri.EscapeDataString(id)}" + (saved is { } s ? $"?saved={s}" : "?unchanged=true"));
        }
        catch (CurationConflictException e)
        {
            Conflicts = e.Conflicts;
            Current = archive.AuthorityCuration.Get(kind, id);
            ShowFrom(Current!.Authority);
        }
        catch (CurationException e)
        {
            Problem = e.Message;
            Current = archive.AuthorityCuration.Get(kind, id);
        }
        return Page();
    }

    /// <summary>404 for an unknown authority, a permanent redirect for a merged one.</summary>
    IActionResult? Redirected(string kind, string id)
    {
        Current = AuthorityKinds.All.Contains(kind) ? archive.AuthorityCuration.Get(kind, id) : null;
        if (Current is null) return NotFound();
        if (Current.Authority.MergedInto is not null && archive.Authorities.Canonical(kind, id) is { } into)
            return RedirectPermanent($"/curate/authorities/{kind}/{Uri.EscapeDataString(into)}" + Request.QueryString);
        return null;
    }

    void Fill()
    {
        var a = Current!.Authority;
        foreach (var l in AuthorityFields.LabelLanguages) Labels[l] = a.Labels.GetValueOrDefault(l);
        Aliases = AuthorityFields.Of(a, AuthorityFields.Aliases);
        ShowFrom(a);
    }

    void ShowFrom(Authority a)
    {
        foreach (var l in AuthorityFields.LabelLanguages) LabelsShown[l] = a.Labels.GetValueOrDefault(l);
        AliasesShown = AuthorityFields.Of(a, AuthorityFields.Aliases);
    }
}
