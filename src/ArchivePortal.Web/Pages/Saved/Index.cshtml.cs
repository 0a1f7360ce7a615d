using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Feeds;
using ArchivePortal.Storage.Search;
using ArchivePortal.Web.Accounts;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Saved;

/// <summary>A signed-in person's saved searches: how many records are new in each, their feeds, and saving the search being looked at.</summary>
public sealed class IndexModel(SavedSearchStore store, LuceneSearchIndex index) : PageModel
{
    public IReadOnlyList<(SavedSearch Search, int New, string Token)> Searches { get; private set; } = [];
    public string? Problem { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Q { get; set; }
    [BindProperty] public List<string> F { get; set; } = [];
    [BindProperty] public string? Sort { get; set; }

    public void OnGet()
    {
        var userId = User.UserId()!.Value;
        Searches = store.ListFor(userId)
            .Select(s => (s, NewCount(index, s), store.TokenOf(s)))
            .ToList();
    }

    /// <summary>Saves the search of a results page (its query, filters and sort) under a name.</summary>
    public IActionResult OnPostCreate()
    {
        var state = SearchState.From(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["q"] = Q ?? "", ["f"] = F.ToArray(), ["sort"] = Sort ?? "",
        }));
        try
        {
            var saved = store.Add(User.UserId()!.Value, new SavedSearchDefinition(
                string.IsNullOrWhiteSpace(Name) ? (state.Query.Length > 0 ? state.Query : Texts.For(HttpContext)["saved.everything"]) : Name.Trim(),
                state.Query, state.ToRequest().Filters, state.Sort, Texts.For(HttpContext).Language));
            return Redirect($"/saved/{saved.Id}?created=true");
        }
        catch (SavedSearchException e)
        {
            Problem = e.Message;
            OnGet();
            return Page();
        }
    }

    /// <summary>How many records match now that were imported after its owner last opened it.</summary>
    public static int NewCount(LuceneSearchIndex index, SavedSearch s) =>
        index.MatchingRowIds(s.Request() with { Limit = 0 }).Count(rowId => rowId > s.SeenRowId);
}
