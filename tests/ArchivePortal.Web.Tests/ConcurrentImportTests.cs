using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// The portal and an `archive import` in another process share one database: whichever holds the
/// Lucene write lock, the portal's searches find what the other process imported, soon.
/// </summary>
public class ConcurrentImportTests(ITestOutputHelper output)
{
    /// <summary>The portal holds the writer; a child process writes SQLite only and the portal catches up.</summary>
    [Fact]
    public async Task The_portal_finds_what_another_process_imported_soon_after_it_exits()
    {
        using var app = new PortalApp();
        var client = app.Client();
        const string word = "quorbvellix";
        Assert.Equal(0, await Total(client, word));
        Assert.True((await Total(client, "")) > 0);

        var folder = Path.Combine(app.Folder, "new");
        Directory.CreateDirectory(folder);
        WriteRecords(Path.Combine(folder, "new.jsonl"), "new", 30, i => $"Record {i} about {word}", i => $"A new record, number {i}, mentions {word} in its body.");
        using (var child = CliProcess.Start("import", folder, "--db", app.DatabasePath, "--authorities", CliProcess.Authorities))
        {
            var stdout = child.StandardOutput.ReadToEndAsync();
            var stderr = child.StandardError.ReadToEndAsync();
            await child.WaitForExitAsync();
            Assert.True(child.ExitCode == 0, $"the import failed: {await stdout} {await stderr}");
            output.WriteLine((await stdout).Trim());
        }
        var clock = Stopwatch.StartNew();
        int found;
        while ((found = await Total(client, word)) < 30 && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(200);
        output.WriteLine($"found {found} after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(found == 30, $"10 s after the import ended, /api/search?q={word} finds {found} of its 30 records");
        var ids = (await Search(client, word)).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.All(ids, id => Assert.StartsWith("new-", id));
    }

    /// <summary>A child process holds the writer while importing; the portal reads its commits as they come.</summary>
    [Fact]
    public async Task The_portal_searches_while_another_process_writes_and_sees_its_records_appear()
    {
        using var app = new PortalApp([]);
        const string word = "zentravolk";
        var jsonl = Path.Combine(app.Folder, "large.jsonl");
        var filler = "library archive meeting reading digitization exhibition conference agreement report plan museum books rare ancient".Split(' ');
        var random = new Random(5);
        WriteRecords(jsonl, "big", 20_000, i => $"Large record {i}",
            i => string.Join(' ', Enumerable.Range(0, 300).Select(_ => filler[random.Next(filler.Length)])) + $" {word} marker{i:D6}");

        using var child = CliProcess.Start("import", jsonl, "--db", app.DatabasePath, "--authorities", CliProcess.Authorities);
        // Read its output as it comes: a full pipe would stop the child at its next progress line.
        var childOut = child.StandardOutput.ReadToEndAsync();
        var childErr = child.StandardError.ReadToEndAsync();
        try
        {
            // The child takes the write lock when it opens the archive, before its first batch.
            var deadline = Stopwatch.StartNew();
            while (Count(app.DatabasePath) == 0)
            {
                // (The message awaits the child's error output, so only once it has ended.)
                if (child.HasExited) Assert.Fail("the import ended before its first batch was seen: " + await childErr);
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "no batch was written within a minute");
                await Task.Delay(50);
            }
            output.WriteLine($"first batch written after {deadline.Elapsed.TotalSeconds:F1} s");
            var client = app.Client();
            await Search(client, "");
            output.WriteLine($"portal serving after {deadline.Elapsed.TotalSeconds:F1} s");
            var seen = new List<int>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(30) && !child.HasExited)
            {
                var response = await client.GetAsync("/api/search?q=" + word);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"search failed while the child writes: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var total = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
                Assert.True(seen.Count == 0 || total >= seen[^1], $"the total went back from {seen.LastOrDefault()} to {total}");
                if (seen.Count == 0 || total != seen[^1]) seen.Add(total);
                if (seen.Count(t => t > 0) >= 2) break;
                await Task.Delay(250);
            }
            output.WriteLine($"totals seen while the child ran: {string.Join(", ", seen)} ({clock.Elapsed.TotalSeconds:F1} s)");
            if (child.HasExited)
                Assert.Fail($"the child ended (exit code {child.ExitCode}) before the portal saw its records appear: {await childErr}");
            // The writer commits every few seconds while batches stream in (ArchiveIndex), so the
            // records appear in steps: at least two while the import runs.
            Assert.True(seen.Count(t => t > 0) >= 2, $"the portal saw the child's records appear only as {string.Join(", ", seen)} in 30 s");
            // Single records too, not only totals.
            var first = await Search(client, "marker000001");
            Assert.Equal("big-1", first.GetProperty("hits")[0].GetProperty("id").GetString());
        }
        finally
        {
            if (!child.HasExited) child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
    }

    static async Task<JsonElement> Search(HttpClient client, string q)
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static async Task<int> Total(HttpClient client, string q) => (await Search(client, q)).GetProperty("total").GetInt32();

    static void WriteRecords(string path, string prefix, int n, Func<int, string> title, Func<int, string> body)
    {
        using var w = new StreamWriter(path);
        for (int i = 0; i < n; i++)
            w.WriteLine(JsonSerializer.Serialize(new { id = $"{prefix}-{i}", lang = "en", title = title(i), body = body(i), date = "2021-03-04" }));
    }

    static long Count(string db)
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
            return 0;
        }
    }
}
