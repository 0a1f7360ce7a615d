using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchivePortal.Web.Pages;

/// <summary>Shown (outside Development) when a request fails with an unexpected error; never cached.</summary>
public sealed class ErrorModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;
}
