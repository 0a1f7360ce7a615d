using System.Diagnostics;

namespace ArchivePortal.Cli.Tests;

/// <summary>The `archive` command of this build, run as a user runs it: exit code and everything it printed.</summary>
internal static class ArchiveCli
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, stdout + await stderr);
    }
}
