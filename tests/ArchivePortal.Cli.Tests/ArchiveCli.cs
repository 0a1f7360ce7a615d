using System.Diagnostics;

namespace ArchivePortal.Cli.Tests;

/// <summary>The `archive` command of this build, run as a user runs it: exit code and everything it printed.</summary>
internal static class ArchiveCli
{
    public static Task<(int Code, string Output)> RunAsync(params string[] args) => RunInAsync(null, args);

    /// <summary>Runs the command with <paramref name="workingDirectory"/> as the current folder (null: this process's).</summary>
    public static Task<(int Code, string Output)> RunInAsync(string? workingDirectory, params string[] args) =>
        RunInAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the command in <paramref name="workingDirectory"/> with these environment variables set.</summary>
    public static async Task<(int Code, string Output)> RunInAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, stdout + await stderr);
    }
}
