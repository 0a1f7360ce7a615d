using System.Diagnostics;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// SQLite is the system of record and the Lucene index is derived from it: an `archive import`
/// killed hard at any moment leaves them consistent once a writer catches up, round after round,
/// and the import completes with every record once.
/// </summary>
public class KillConsistencyTests(ITestOutputHelper output)
{
    const int Size = 4_000;
    const int Rounds = 5;

    [Fact]
    public async Task Every_kill_leaves_index_and_database_agreeing_and_the_import_completes_once()
    {
        if (RepositoryPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "bench", "gen.py")))
        {
            output.WriteLine("../shared/bench/gen.py not found beside the repository; the test was not run.");
            return;
        }
        using var dir = new TempDirectory();
        Generate(Path.Combine(shared, "bench", "gen.py"), Size, dir.Path);
        var jsonl = dir.File($"corpus-{Size}.jsonl");
        var db = dir.File("archive.db");
        var authorities = Path.Combine(RepositoryPaths.Content, "authorities");
        var random = new Random(17);
        var clock = Stopwatch.StartNew();

        for (int round = 1; round <= Rounds; round++)
        {
            var wait = TimeSpan.FromMilliseconds(random.Next(500, 6000));
            bool killed;
            using (var child = StartImport(jsonl, db, authorities))
            {
                // Read its output as it comes: a full pipe would stop the child at its next progress line.
                var childOut = child.StandardOutput.ReadToEndAsync();
                var childErr = child.StandardError.ReadToEndAsync();
                var exited = child.WaitForExitAsync();
                killed = await Task.WhenAny(exited, Task.Delay(wait)) != exited;
                if (killed) child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
                if (!killed)
                    Assert.True(child.ExitCode == 0, $"round {round}: the import failed: " + await childErr);
            }
            SqliteConnection.ClearAllPools();

            var archive = Archive.Open(db, authoritiesFolder: authorities);
            try
            {
                var caughtUp = archive.SearchIndex.CatchUp();
                Assert.True(archive.SearchIndex.IsWriter, $"round {round}: the test's archive did not get the write lock after the child was killed");
                var count = CountRecords(db);
                int docs;
                using (var lease = archive.SearchIndex.Acquire())
                    docs = lease.Searcher?.IndexReader.NumDocs ?? 0;
                var everything = archive.Index.Search(new SearchRequest { Query = "", Limit = 1 }).Total;
                output.WriteLine($"round {round}: {(killed ? $"killed after {wait.TotalSeconds:F1} s" : "finished")}, " +
                    $"{count} records, {docs} documents, caught up {caughtUp}, everything = {everything}");
                Assert.True(count == docs, $"round {round}: SQLite holds {count} records, Lucene {docs} documents");
                Assert.True(count == everything, $"round {round}: SQLite holds {count} records, a search for everything finds {everything}");
            }
            finally
            {
                archive.Dispose();
                SqliteConnection.ClearAllPools();
            }
        }

        // The rest, to the end, in one more child.
        using (var rest = StartImport(jsonl, db, authorities))
        {
            var stdout = rest.StandardOutput.ReadToEndAsync();
            var stderr = rest.StandardError.ReadToEndAsync();
            await rest.WaitForExitAsync();
            Assert.True(rest.ExitCode == 0, "the last import failed: " + await stderr);
            output.WriteLine((await stdout).Trim().Split('\n').LastOrDefault() ?? "");
        }
        SqliteConnection.ClearAllPools();
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            Assert.Equal((long)Size, Scalar(c, "SELECT count(*) FROM records"));
            Assert.Equal((long)Size, Scalar(c, "SELECT count(DISTINCT id) FROM records"));
            Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        }
        var final = Archive.Open(db, authoritiesFolder: authorities);
        try
        {
            final.SearchIndex.CatchUp();
            using (var lease = final.SearchIndex.Acquire())
            {
                var reader = lease.Searcher!.IndexReader;
                Assert.Equal(Size, reader.NumDocs);
                // One document per row: no row is indexed twice.
                var rowIds = new HashSet<long>();
                foreach (var leaf in reader.Leaves)
                {
                    var values = leaf.AtomicReader.GetNumericDocValues(ArchivePortal.Storage.Index.IndexFields.RowId);
                    var live = leaf.AtomicReader.LiveDocs;
                    for (int d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                        if (live is null || live.Get(d)) Assert.True(rowIds.Add(values.Get(d)), $"row {values.Get(d)} is indexed twice");
                }
            }
            Assert.Equal(Size, final.Index.Search(new SearchRequest { Query = "", Limit = 1 }).Total);
        }
        finally
        {
            final.Dispose();
        }
        output.WriteLine($"{Rounds} rounds and the rest in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Deterministically, what a kill between a child's SQLite commit and its Lucene commit leaves:
    /// records another process wrote to SQLite only (this process holds the write lock). After
    /// <c>CatchUp()</c> a searcher from <c>Acquire()</c> must see them.
    /// </summary>
    [Fact]
    public async Task After_catch_up_a_searcher_sees_what_another_process_wrote()
    {
        if (RepositoryPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "bench", "gen.py")))
        {
            output.WriteLine("../shared/bench/gen.py not found beside the repository; the test was not run.");
            return;
        }
        const int n = 300;
        using var dir = new TempDirectory();
        Generate(Path.Combine(shared, "bench", "gen.py"), n, dir.Path);
        var db = dir.File("archive.db");
        var authorities = Path.Combine(RepositoryPaths.Content, "authorities");
        var archive = Archive.Open(db, authoritiesFolder: authorities);
        try
        {
            Assert.True(archive.SearchIndex.IsWriter);
            using (var child = StartImport(dir.File($"corpus-{n}.jsonl"), db, authorities))
            {
                var stderr = child.StandardError.ReadToEndAsync();
                await child.StandardOutput.ReadToEndAsync();
                await child.WaitForExitAsync();
                Assert.True(child.ExitCode == 0, "the import failed: " + await stderr);
            }
            Assert.Equal(n, CountRecords(db));
            Assert.Equal(n, archive.SearchIndex.CatchUp());
            using (var lease = archive.SearchIndex.Acquire())
                Assert.True(lease.Searcher?.IndexReader.NumDocs == n,
                    $"after CatchUp() indexed {n} records, Acquire() gives a searcher with {lease.Searcher?.IndexReader.NumDocs} documents");
            Assert.Equal(n, archive.Index.Search(new SearchRequest { Query = "", Limit = 1 }).Total);
        }
        finally
        {
            archive.Dispose();
        }
    }

    static void Generate(string gen, int n, string outDir)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { gen, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out-dir", outDir }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "gen.py failed: " + stderr.Result);
    }

    static Process StartImport(string jsonl, string db, string authorities)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "archive.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "import", jsonl, "--db", db, "--authorities", authorities }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    static long CountRecords(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            c.Open();
            return (long)Scalar(c, "SELECT count(*) FROM records")!;
        }
        catch (SqliteException e) when (e.Message.Contains("no such table"))
        {
            return 0;
        }
    }
}
