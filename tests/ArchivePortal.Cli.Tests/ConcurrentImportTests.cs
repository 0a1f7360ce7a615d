using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// Two writers on one archive (issue 14, finding 5): imports started side by side both succeed,
/// the second waiting for the first, and file exactly what the same imports one after the other do.
/// </summary>
public class ConcurrentImportTests
{
    static readonly string Authorities = Path.Combine(RepositoryPaths.Content, "authorities");

    /// <summary>Records that mention authorities of content/authorities, and a person only named by title (a provisional one).</summary>
    static void WriteRecords(string folder, int from, int count)
    {
        Directory.CreateDirectory(folder);
        string[] mentions = ["the National Library of China", "Rao Quan", "the National Library of Vietnam", "Director Julia Hartmann"];
        for (int i = from; i < from + count; i++)
        {
            var date = new DateTime(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"r{i:D4}.md"),
                $"---\nid: concurrent-{i}\ntitle: Reading room news {i}\ndate: {date}\nlang: en\n---\n" +
                $"Staff of {mentions[i % mentions.Length]} opened an exhibition of rare books, number {i}. " +
                $"{mentions[(i + 1) % mentions.Length]} spoke about digital preservation and reading promotion.\n");
        }
    }

    static (long Records, long Links, long Authorities) Counts(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        long Scalar(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; return (long)cmd.ExecuteScalar()!; }
        return (Scalar("SELECT count(*) FROM records"), Scalar("SELECT count(*) FROM record_authorities"), Scalar("SELECT count(*) FROM authorities"));
    }

    [Fact]
    public async Task Two_imports_of_the_same_files_at_once_both_succeed_and_the_second_waits()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("records");
        WriteRecords(folder, 0, 400);
        var db = dir.File("archive.db");

        var first = ArchiveCli.RunAsync("import", folder, "--db", db, "--authorities", Authorities);
        var second = ArchiveCli.RunAsync("import", folder, "--db", db, "--authorities", Authorities);
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.True(r.Code == 0, r.Output));
        Assert.Contains(results, r => r.Output.Contains("waiting for it to finish"));
        Assert.Contains(results, r => r.Output.Contains("unchanged 400") || r.Output.Contains("400 unchanged"));
        Assert.Equal(400, Counts(db).Records);
    }

    [Fact]
    public async Task Two_imports_of_disjoint_sets_at_once_file_what_one_after_the_other_files()
    {
        using var dir = new TempDirectory();
        var a = dir.File("a");
        var b = dir.File("b");
        WriteRecords(a, 0, 300);
        WriteRecords(b, 300, 300);
        var together = dir.File("together.db");
        var sequential = dir.File("sequential.db");

        var results = await Task.WhenAll(
            ArchiveCli.RunAsync("import", a, "--db", together, "--authorities", Authorities),
            ArchiveCli.RunAsync("import", b, "--db", together, "--authorities", Authorities));
        Assert.All(results, r => Assert.True(r.Code == 0, r.Output));
        foreach (var folder in new[] { a, b })
        {
            var (code, output) = await ArchiveCli.RunAsync("import", folder, "--db", sequential, "--authorities", Authorities);
            Assert.True(code == 0, output);
        }

        Assert.Equal(Counts(sequential), Counts(together));
    }
}
