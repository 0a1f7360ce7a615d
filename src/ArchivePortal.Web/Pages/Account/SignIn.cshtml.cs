using System.ComponentModel.DataAnnotations;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ArchivePortal.Web.Pages.Account;

/// <summary>The sign-in form; attempts are rate limited per address and counted per account (lockout).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsExtensions.SignInLimit)]
public sealed class SignInModel(UserStore users, HttpsForSignIn https, ILogger<SignInModel> log) : PageModel
{
    [BindProperty, MaxLength(UserStore.MaxNameLength)]
    public string Name { get; set; } = "";

    [BindProperty, MaxLength(UserStore.MaxPasswordLength)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The UI string key of what went wrong, and its argument.</summary>
    public (string Key, string? Argument)? Problem { get; private set; }

    public void OnGet()
    {
        if (https.Refuses(Request)) Problem = ("account.httpsRequired", null);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (https.Refuses(Request))
        {
            Problem = ("account.httpsRequired", null);
            return Page();
        }
        var result = users.SignIn(Name ?? "", Password ?? "");
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                var account = result.User!;
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PortalPrincipal.For(account));
                log.LogInformation("{User} ({Role}) signed in", account.Name, account.Role.Name());
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : account.Role >= UserRole.Archivist ? "/curate" : "/");
            case SignInOutcome.LockedOut:
                log.LogWarning("Sign-in refused: {User} is locked out until {Until:O}", Name, result.LockedUntil);
                Problem = ("account.lockedOut", $"{result.LockedUntil:yyyy-MM-dd HH:mm} UTC");
                break;
            case SignInOutcome.Disabled:
                log.LogWarning("Sign-in refused: {User} is disabled", Name);
                Problem = ("account.disabled", null);
                break;
            default:
                log.LogWarning("Sign-in rejected for {User}", Name);
                Problem = ("account.rejected", null);
                break;
        }
        Password = "";
        return Page();
    }
}
