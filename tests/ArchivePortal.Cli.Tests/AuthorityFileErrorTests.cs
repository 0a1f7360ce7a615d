using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

public class AuthorityFileErrorTests
{
    [Fact]
    public async Task A_broken_authority_file_stops_the_import_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        var authorities = Directory.CreateDirectory(dir.File("authorities")).FullName;
        File.WriteAllText(Path.Combine(authorities, "institutions.yml"), "- id: nlc\n  labels: {en: National Library of China}\n");
        File.WriteAllText(Path.Combine(authorities, "persons.yml"), "- id: rao-quan\n  labels: {en: Rao Quan}\n- id: wei\n  lables: {en: Wei Dawei}\n");
        var db = dir.File("archive.db");

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "archive.dll"), "import", RepositoryPaths.Content, "--db", db, "--authorities", authorities })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();

        Assert.Equal(1, p.ExitCode);
        Assert.Contains("persons.yml:4", output.Replace("\n", ""));
        Assert.Contains("unknown key", output);
        Assert.Contains("nothing was imported", output);
        if (File.Exists(db))
        {
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'records'";
            if ((long)cmd.ExecuteScalar()! > 0)
            {
                cmd.CommandText = "SELECT count(*) FROM records";
                Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
            }
        }
    }
}
