using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Web.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Curate;

/// <summary>
/// An archivist's form for one record: correct title, date, language and type, write a note, and
/// file it under authorities or take it off them. The form carries the values it showed, so that a
/// change saved meanwhile by someone else is reported instead of overwritten.
/// </summary>
public sealed class RecordModel(Archive archive, AuthorityChoices choices, CurationCache cache) : PageModel
{
    public CuratedRecord? Current { get; private set; }

    [BindProperty] public CorrectionForm Form { get; set; } = new();
    [BindProperty] public List<string> Remove { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> AddLinks { get; set; } = [];

    /// <summary>Per kind: create the authority when no authority has the typed name.</summary>
    [BindProperty] public Dictionary<string, bool> CreateMissing { get; set; } = [];

    /// <summary>The saved change (after the redirect), an error, or the fields someone else changed.</summary>
    [BindProperty(SupportsGet = true)] public long? Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unchanged { get; set; }
    public string? Problem { get; private set; }
    public (string Kind, string Name)? UnknownAuthority { get; private set; }
    public IReadOnlyList<FieldConflict> Conflicts { get; private set; } = [];

    public AuthorityChoices Choices => choices;

    public IActionResult OnGet(string id)
    {
        Current = archive.Curation.Get(id);
        if (Current is null) return NotFound();
        Form = CorrectionForm.Of(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Current = archive.Curation.Get(id);
        if (Current is null) return NotFound();
        var links = new List<LinkEdit>();
        foreach (var kindAndId in Remove)
            if (kindAndId.Split(':', 2) is [var kind, var authorityId]) links.Add(new LinkEdit(kind, authorityId, Add: false));
        foreach (var (kind, typed) in AddLinks)
        {
            if (string.IsNullOrWhiteSpace(typed) || !AuthorityKinds.All.Contains(kind)) continue;
            var authority = choices.Resolve(kind, typed);
            if (authority is null && CreateMissing.GetValueOrDefault(kind))
            {
                try
                {
                    authority = archive.AuthorityCuration.Create(kind, typed, User.Identity!.Name!).Authority;
                }
                catch (CurationException e)
                {
                    Problem = e.Message;
                    return Page();
                }
            }
            if (authority is null)
            {
                UnknownAuthority = (kind, typed.Trim());
                return Page();
            }
            links.Add(new LinkEdit(kind, authority.Id, Add: true));
        }
        try
        {
            var change = archive.Curation.Edit(id, new RecordEdit(Form.Edits(), links), User.Identity!.Name!);
            await cache.EvictAsync(HttpContext.RequestAborted);
            return RedirectToPage(new { id, saved = change, unchanged = change is null ? true : (bool?)null });
        }
        catch (CurationConflictException e)
        {
            // Show what is there now; the archivist's own values stay in the inputs to save again.
            Conflicts = e.Conflicts;
            Current = archive.Curation.Get(id)!;
            Form = Form.ShownFrom(Current);
        }
        catch (CurationException e)
        {
            Problem = e.Message;
        }
        return Page();
    }
}

/// <summary>The correctable fields as the form submits them: each value, and the value the form showed.</summary>
public sealed class CorrectionForm
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Language { get; set; }
    public string? Type { get; set; }
    public string? Note { get; set; }
    public string? TitleShown { get; set; }
    public string? DateShown { get; set; }
    public string? LanguageShown { get; set; }
    public string? TypeShown { get; set; }
    public string? NoteShown { get; set; }

    /// <summary>public, withdrawn or embargo (then until <see cref="EmbargoUntil"/>).</summary>
    public string? Visibility { get; set; }
    public string? EmbargoUntil { get; set; }
    public string? VisibilityShown { get; set; }

    public static CorrectionForm Of(CuratedRecord r) => new CorrectionForm
    {
        Title = r.Record.Title, Date = CuratedFields.Of(r.Record, CuratedFields.Date), Language = r.Record.Language,
        Type = r.Record.Type, Note = r.Note,
        Visibility = r.Visibility.Kind, EmbargoUntil = r.Visibility.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    }.ShownFrom(r);

    /// <summary>The shown values set to the record's current ones, the entered values kept.</summary>
    public CorrectionForm ShownFrom(CuratedRecord r)
    {
        TitleShown = r.Record.Title;
        DateShown = CuratedFields.Of(r.Record, CuratedFields.Date);
        LanguageShown = r.Record.Language;
        TypeShown = r.Record.Type;
        NoteShown = r.Note;
        VisibilityShown = r.Visibility.OverlayValue;
        return this;
    }

    public IReadOnlyList<FieldEdit> Edits() =>
    [
        new(CuratedFields.Title, TitleShown, Title),
        new(CuratedFields.Date, DateShown, Date),
        new(CuratedFields.Language, LanguageShown, Language),
        new(CuratedFields.Type, TypeShown, Type),
        new(CuratedFields.Note, NoteShown, Note),
        new(CuratedFields.Visibility, VisibilityShown, Visibility switch
        {
            Storage.Curation.Visibility.WithdrawnKind => Storage.Curation.Visibility.WithdrawnKind,
            Storage.Curation.Visibility.EmbargoKind => Storage.Curation.Visibility.EmbargoKind + ":" + EmbargoUntil?.Trim(),
            _ => null,
        }),
    ];
}
