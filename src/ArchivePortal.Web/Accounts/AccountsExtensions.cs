using System.Threading.RateLimiting;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;

namespace ArchivePortal.Web.Accounts;

/// <summary>
/// Sign-in for archivists, staff and admins: accounts in the archive's database, a cookie that is
/// HttpOnly, SameSite=Strict and (outside Development) Secure, checked against the account at
/// every request so that disabling an account or resetting its password ends its sessions, and a
/// rate limit on sign-in attempts per client address on top of the per-account lockout.
/// </summary>
public static class AccountsExtensions
{
    public const string SignInLimit = "sign-in";
    public const string SignInPath = "/account/sign-in";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Archive:Accounts");
        var lockout = new LockoutPolicy(
            section.GetValue("LockoutAttempts", LockoutPolicy.Default.MaxFailures),
            TimeSpan.FromMinutes(section.GetValue("LockoutMinutes", LockoutPolicy.Default.Duration.TotalMinutes)));
        builder.Services.AddSingleton(sp => new UserStore(sp.GetRequiredService<Archive>().Database, lockout));

        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "archive.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secure;
                o.LoginPath = SignInPath;
                o.LogoutPath = "/account/sign-out";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateAgainstAccount;
                // A signed-in visitor without the role gets a 403 page, not a redirect to a page that says nothing.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization(AccessPolicies.Add);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "archive.antiforgery";
            // Secure on every HTTPS request. Not "Always": antiforgery then refuses to render any
            // form over plain HTTP, which on loopback (tests, a portal tried out locally) is fine
            // and elsewhere is refused at sign-in with a message (HttpsForSignIn).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton(new HttpsForSignIn(secure == CookieSecurePolicy.Always));

        var perMinute = section.GetValue("SignInAttemptsPerMinute", 10);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the form is free.
            o.AddPolicy(SignInLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("show"));
        });
        return builder;
    }

    /// <summary>Ends a session whose account is gone, disabled, or changed since the cookie was issued.</summary>
    static async Task ValidateAgainstAccount(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var id = context.Principal?.UserId();
        var account = id is null ? null : users.FindById(id.Value);
        var stamp = context.Principal?.FindFirst(PortalPrincipal.StampClaim)?.Value;
        if (account is null || account.Disabled || account.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
