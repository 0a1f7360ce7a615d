using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Feeds;
using ArchivePortal.Storage.Search;
using ArchivePortal.Web.Accounts;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Saved;

/// <summary>
/// One saved search, for its owner only (403 for anyone else): the records new since it was last
/// opened first, then the way to all its results; its feeds; and renaming, editing, rotating the
/// feed address and deleting it.
/// </summary>
public sealed class ShowModel(SavedSearchStore store, LuceneSearchIndex index) : PageModel
{
    public const int NewShown = 50;

    public SavedSearch Saved { get; private set; } = null!;
    public string Token { get; private set; } = "";
    public IReadOnlyList<SearchHit> New { get; private set; } = [];
    public int NewTotal { get; private set; }
    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)] public bool Created { get; set; }
    [BindProperty(SupportsGet = true)] public bool Rotated { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Query { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? Digest { get; set; }

    /// <summary>The results page of the saved search.</summary>
    public string SearchUrl => new SearchState
    {
        Query = Saved.Query, Sort = Saved.Sort,
        Filters = Saved.Filters.Where(f => !f.Negated).Select(f => new SelectedFilter(f.Field, f.Value)).ToList(),
    }.Url();

    public IActionResult OnGet(long id)
    {
        if (Load(id) is { } refused) return refused;
        // The records imported since the last visit, newest first; then they are no longer new.
        var newest = store.NewestRowId();
        var fresh = index.MatchingRowIds(Saved.Request() with { Limit = 0 }).Where(r => r > Saved.SeenRowId).ToHashSet();
        NewTotal = fresh.Count;
        if (NewTotal > 0)
            New = index.Search(Saved.Request(limit: 1000) with { Sort = SearchSort.Recent, IncludeFacets = false }).Hits
                .Where(h => fresh.Contains(h.RowId)).Take(NewShown).ToList();
        store.MarkOpened(id, newest);
        return Page();
    }

    public IActionResult OnPostSave(long id)
    {
        if (Load(id) is { } refused) return refused;
        try
        {
            store.Update(id, Saved.UserId, new SavedSearchDefinition(Name ?? "", Query ?? "", Saved.Filters, Saved.Sort,
                UiLanguage.Normalize(Language) ?? Saved.Language, Digest ?? Saved.Digest));
            return Redirect($"/saved/{id}");
        }
        catch (SavedSearchException e)
        {
            Problem = e.Message;
            return Page();
        }
    }

    public IActionResult OnPostRotate(long id)
    {
        if (Load(id) is { } refused) return refused;
        store.RotateToken(id, Saved.UserId);
        return Redirect($"/saved/{id}?rotated=true");
    }

    public IActionResult OnPostDelete(long id)
    {
        if (Load(id) is { } refused) return refused;
        store.Delete(id, Saved.UserId);
        return Redirect("/saved");
    }

    /// <summary>404 when there is no such saved search, 403 when it is someone else's.</summary>
    IActionResult? Load(long id)
    {
        try
        {
            if (store.GetOwn(id, User.UserId()!.Value) is not { } saved) return NotFound();
            Saved = saved;
            Token = store.TokenOf(saved);
            return null;
        }
        catch (NotYourSavedSearchException)
        {
            return Forbid();
        }
    }
}
