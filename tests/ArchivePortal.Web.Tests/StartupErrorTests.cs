using System.Diagnostics;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// The portal started with a mistake in its settings says so in one line and exits with 1
/// (issue 14, operator experience): it crashed with a stack trace.
/// </summary>
public class StartupErrorTests
{
    static async Task<(int Code, string Output)> StartPortal(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArchivePortal.Web.dll"));
        foreach (var a in args.Append("--urls").Append("http://127.0.0.1:0")) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try { await p.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); throw new Xunit.Sdk.XunitException("the portal kept running"); }
        return (p.ExitCode, (await stdout + await stderr).Trim());
    }

    [Fact]
    public async Task An_empty_database_setting_is_named_in_one_line()
    {
        var (code, output) = await StartPortal(new Dictionary<string, string>(), "--Archive:Database=");

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n'));
        Assert.Contains("Archive:Database", output);
    }

    [Fact]
    public async Task A_broken_authority_file_is_named_with_its_line()
    {
        var dir = Directory.CreateTempSubdirectory("portal-start-");
        try
        {
            var authorities = Directory.CreateDirectory(Path.Combine(dir.FullName, "authorities")).FullName;
            File.WriteAllText(Path.Combine(authorities, "persons.yml"), "- id: x\n  labels: {en: X\n");
            var (code, output) = await StartPortal(new Dictionary<string, string>
            {
                ["Archive__Database"] = Path.Combine(dir.FullName, "archive.db"),
                ["Archive__Authorities"] = authorities,
                ["Archive__ImportWhenEmpty"] = "",
            });

            Assert.Equal(1, code);
            Assert.Single(output.Split('\n'));
            Assert.Contains(Path.Combine(authorities, "persons.yml") + ":3", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
