using ArchivePortal.Storage.Feeds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages.Digest;

/// <summary>
/// The unsubscribe link of a digest mail: GET asks to confirm (mail scanners follow links), POST
/// stops the digest. The token in the address is the credential, so no sign-in and no antiforgery
/// token are needed, and a mail client's one-click POST (RFC 8058) works too.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(Digests digests) : PageModel
{
    public bool Done { get; private set; }

    public IActionResult OnGet(string kind, long id, string token) => Valid(kind) ? Page() : NotFound();

    public IActionResult OnPost(string kind, long id, string token)
    {
        if (!Valid(kind)) return NotFound();
        var stopped = kind == "user" ? digests.UnsubscribeUser(id, token) : digests.UnsubscribeSearch(id, token);
        if (!stopped) return NotFound();
        Done = true;
        return Page();
    }

    static bool Valid(string kind) => kind is "user" or "search";
}
