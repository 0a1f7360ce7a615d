namespace ArchivePortal.EndToEnd.Checkers;

/// <summary>
/// The npm packages in tests/web-checkers (axe-core, vnu-jar, lighthouse), which scripts/test.sh
/// installs with <c>npm ci</c> as it installs Chromium.
/// </summary>
public static class WebCheckers
{
    static readonly string Modules = Path.Combine(FindRoot(), "tests", "web-checkers", "node_modules");

    public static string AxeScript => Require(Path.Combine(Modules, "axe-core", "axe.min.js"));

    public static string VnuJar => Require(Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar"));

    public static string LighthouseCli => Require(Path.Combine(Modules, "lighthouse", "cli", "index.js"));

    /// <summary>A missing checker fails the test with the way to install it, not with a file error.</summary>
    static string Require(string path) => File.Exists(path) ? path
        : throw new FileNotFoundException($"{path} is missing: run scripts/test.sh, or `npm ci` in tests/web-checkers", path);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArchivePortal.sln not found above " + AppContext.BaseDirectory);
    }
}
