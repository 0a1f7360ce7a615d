using System.Globalization;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Web.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Curate;

/// <summary>The audit log: every change, newest first, filtered by user, record, authority and date, each revertible.</summary>
public sealed class IndexModel(Archive archive, CurationCache cache) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")] public string? User_ { get; set; }
    [BindProperty(SupportsGet = true)] public string? Record { get; set; }
    [BindProperty(SupportsGet = true)] public string? Authority { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public long? Reverted { get; set; }
    [BindProperty(SupportsGet = true)] public long? Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unchanged { get; set; }

    public IReadOnlyList<Change> Changes { get; private set; } = [];
    public IReadOnlyList<(string Id, string Title, Visibility Visibility)> Hidden { get; private set; } = [];
    public int Total { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostRevertAsync(long change)
    {
        try
        {
            var id = archive.Curation.Revert(change, User.Identity!.Name!);
            await cache.EvictAsync(HttpContext.RequestAborted);
            return Redirect($"/curate?reverted={id}");
        }
        catch (CurationException e)
        {
            Problem = e.Message;
            Load();
            return Page();
        }
    }

    public ChangeFilter Filter => new(Clean(User_), Clean(Record), Clean(Authority), Day(From), Day(To));

    void Load()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Total = archive.Curation.CountChanges(Filter);
        Changes = archive.Curation.Changes(Filter, PageSize, (PageNumber - 1) * PageSize);
        Hidden = archive.Curation.Hidden();
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static DateOnly? Day(string? s) =>
        DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The address of another page of this list, with the same filters.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["user"] = Filter.User, ["record"] = Filter.Record, ["authority"] = Filter.Authority, ["from"] = From, ["to"] = To,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent() is var q ? "/curate" + q : "/curate";
}
