using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages;

/// <summary>
/// The page of a failed request, never cached: <c>/error</c> for an unexpected exception (outside
/// Development), <c>/error/404</c> and the like for a response that has a status and no body (an
/// address no route knows, a sitemap page past the last), re-executed with the request's method.
/// </summary>
[IgnoreAntiforgeryToken] // a POST to an unknown address comes here as a POST, with no token to check
public sealed class ErrorModel : PageModel
{
    public int Status => RouteData.Values["code"] is string code && int.TryParse(code, out var status)
        ? status
        : StatusCodes.Status500InternalServerError;

    /// <summary>Set for every method, not in OnGet: a re-executed POST or PUT selects no handler.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => Response.StatusCode = Status;
}
