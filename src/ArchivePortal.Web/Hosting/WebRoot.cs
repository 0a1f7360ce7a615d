using ArchivePortal.Storage;

namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Finds <c>wwwroot/</c>: under the archive's home folder (<see cref="ArchiveHome"/>: the checkout,
/// from any working directory), or, in a published container, next to the application.
/// </summary>
public static class WebRoot
{
    public static string Locate()
    {
        var atHome = Path.Combine(ArchiveHome.Folder, "wwwroot");
        return Directory.Exists(atHome) ? atHome : Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
