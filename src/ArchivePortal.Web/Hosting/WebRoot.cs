namespace ArchivePortal.Web.Hosting;

/// <summary>
/// Finds <c>wwwroot/</c> at the repository root: walks up from the working directory and from the
/// application's folder; in a published container it is copied next to the application.
/// </summary>
public static class WebRoot
{
    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "wwwroot");
                if (File.Exists(Path.Combine(candidate, "portal.css"))) return candidate;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }

    /// <summary>The repository root (the folder holding wwwroot), used to resolve relative data paths.</summary>
    public static string ContentRoot() => Path.GetDirectoryName(Locate())!;
}
