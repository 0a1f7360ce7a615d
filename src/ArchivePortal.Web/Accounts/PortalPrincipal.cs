using System.Security.Claims;
using ArchivePortal.Storage.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ArchivePortal.Web.Accounts;

/// <summary>What the sign-in cookie says of an account: its id, name, role and security stamp.</summary>
public static class PortalPrincipal
{
    public const string StampClaim = "archive:stamp";

    public static ClaimsPrincipal For(UserAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, account.Name),
            new Claim(ClaimTypes.Role, account.Role.Name()),
            new Claim(StampClaim, account.SecurityStamp),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static long? UserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
