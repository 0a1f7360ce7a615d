using System.Diagnostics;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// The `archive` command (src/ArchivePortal.Cli) run in a child process. This project does not
/// reference it: its build output of the test's configuration is used, built once when missing.
/// </summary>
internal static class CliProcess
{
    static readonly Lazy<string> Dll = new(Locate);

    /// <summary>The authority files the portal reads (Archive:Authorities, from the repository root): a child given the same analyses records alike.</summary>
    public static string Authorities => Path.Combine(Root(), "content", "authorities");

    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll.Value);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    static string Locate()
    {
        var root = Root();
        // bin/<Configuration>/<tfm>/ of this test assembly.
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = baseDir.Name;
        var configuration = baseDir.Parent!.Name;
        var project = Path.Combine(root, "src", "ArchivePortal.Cli");
        var dll = Path.Combine(project, "bin", configuration, tfm, "archive.dll");
        if (File.Exists(dll)) return dll;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "build", project, "-c", configuration, "--nologo", "-v", "q" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 || !File.Exists(dll)) throw new InvalidOperationException($"could not build {project}: {stdout} {stderr.Result}");
        return dll;
    }

    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArchivePortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArchivePortal.sln not found above " + AppContext.BaseDirectory);
    }
}
