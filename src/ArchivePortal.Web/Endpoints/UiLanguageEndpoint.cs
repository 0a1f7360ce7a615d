using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Endpoints;

/// <summary><c>/ui/{lang}?back=…</c>: remembers the chosen UI language in a cookie and returns to the page.</summary>
public static class UiLanguageEndpoint
{
    public static IEndpointRouteBuilder MapUiLanguage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/{lang}", (HttpContext http, string lang, string? back) =>
        {
            if (UiLanguage.Normalize(lang) is { } ui)
                http.Response.Cookies.Append(UiLanguage.Cookie, ui, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/",
                });
            return Results.Redirect(ReturnPath.SameSite(back));
        });
        return app;
    }
}
