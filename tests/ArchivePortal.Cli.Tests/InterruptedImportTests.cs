using System.Diagnostics;
using System.Text.Json;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// An import killed midway (a real child process, killed hard) leaves a sound database with
/// every committed batch searchable, and running the import again completes the rest.
/// </summary>
public class InterruptedImportTests
{
    const int Total = 12_000;
    const int Batch = ArchivePortal.Ingest.ImportRunner.DefaultBatchSize;

    [Fact]
    public async Task Killing_an_import_keeps_committed_batches_and_a_rerun_completes_it()
    {
        using var dir = new TempDirectory();
        var jsonl = dir.File("bulk.jsonl");
        WriteCorpus(jsonl);
        var db = dir.File("archive.db");

        using (var child = StartImport(jsonl, db))
        {
            // Wait until at least one batch is committed, then kill without warning.
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (CountRecords(db) < Batch)
            {
                if (child.HasExited)
                    Assert.Fail("the import ended before it could be interrupted: " + await child.StandardError.ReadToEndAsync());
                Assert.True(DateTime.UtcNow < deadline, "no batch was committed within two minutes");
                await Task.Delay(20);
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var committed = CountRecords(db);
        Assert.InRange(committed, Batch, Total - 1);
        Assert.Equal(0, committed % Batch); // whole batches only: nothing half-written
        using (var c = new SqliteConnection($"Data Source={db}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", cmd.ExecuteScalar());
        }
        var archive = Archive.Open(db);
        var hits = archive.Index.Search(new SearchRequest { Query = "marker0000042" }).Hits;
        Assert.Equal("bulk-42", Assert.Single(hits).Id);

        using (var rerun = StartImport(jsonl, db))
        {
            var output = await rerun.StandardOutput.ReadToEndAsync();
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"added {Total - committed}, updated 0, unchanged {committed}, failed 0", output);
        }
        SqliteConnection.ClearAllPools();
        Assert.Equal(Total, CountRecords(db));
    }

    static void WriteCorpus(string path)
    {
        var words = "library archive meeting reading digitization exhibition conference agreement report plan museum books rare ancient".Split(' ');
        var random = new Random(3);
        using var w = new StreamWriter(path);
        for (int i = 0; i < Total; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 400).Select(_ => words[random.Next(words.Length)])) + $" marker{i:D7}";
            w.WriteLine(JsonSerializer.Serialize(new { id = $"bulk-{i}", lang = "en", title = $"Record {i}", body, date = "2020-01-01" }));
        }
    }

    static Process StartImport(string jsonl, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "archive.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "import", jsonl, "--db", db }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    static long CountRecords(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM records";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException e) when (e.Message.Contains("no such table"))
        {
            return 0; // the schema is not created yet
        }
    }
}
