using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArchivePortal.Cli.Commands;
using ArchivePortal.Ingest;
using ArchivePortal.Storage;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// The contract of <c>archive bench</c>: its last line's shape, the refusal of a database that
/// already holds records, a temporary folder without --db. Run on a handful of records.
/// </summary>
public class BenchCommandTests
{
    static readonly Regex ContractLine = new(
        @"^docs=(\d+) import_docs_per_s=\d+ p50_ms=\d+\.\d p95_ms=\d+\.\d p99_ms=\d+\.\d common_p95_ms=\d+\.\d index_mb=(\d+\.\d) rss_mb=(\d+\.\d)$");

    [Fact]
    public async Task Bench_ends_with_the_contract_line_and_plain_output_when_piped()
    {
        using var dir = new TempDirectory();
        var (corpus, queries) = WriteTinyCorpus(dir);
        var db = dir.File("bench.db");

        var (exit, stdout, stderr) = await RunArchive(dir.Path, "bench", "--corpus", corpus, "--queries", queries, "--rounds", "1", "--db", db);

        Assert.True(exit == 0, $"exit {exit}: {stderr}\n{stdout}");
        Assert.DoesNotContain('\u001b', stdout); // no colour codes in piped output
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("search with facets:", StringComparison.Ordinal)); // the human report stays above
        var m = ContractLine.Match(lines[^1]);
        Assert.True(m.Success, "last line: " + lines[^1]);
        Assert.Equal("8", m.Groups[1].Value);
        Assert.True(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) > 0, "index_mb");
        Assert.True(double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) > 10, "rss_mb");
    }

    [Fact]
    public async Task Bench_refuses_a_database_with_records_in_one_line_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var (corpus, queries) = WriteTinyCorpus(dir);
        var db = dir.File("full.db");
        new ImportRunner(Archive.Open(db).Store).Run([corpus]);

        var (exit, stdout, stderr) = await RunArchive(dir.Path, "bench", "--corpus", corpus, "--queries", queries, "--db", db);

        Assert.Equal(2, exit);
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("holds 8 records", error);
        Assert.DoesNotContain("docs=", stdout);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(8, Archive.Open(db).Store.Count()); // untouched
    }

    [Fact]
    public async Task Bench_without_db_works_in_a_temporary_folder_and_deletes_it()
    {
        using var dir = new TempDirectory();
        var (corpus, queries) = WriteTinyCorpus(dir);

        var (exit, stdout, stderr) = await RunArchive(dir.Path, "bench", "--corpus", corpus, "--queries", queries, "--rounds", "1");

        Assert.True(exit == 0, $"exit {exit}: {stderr}\n{stdout}");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "index-data")), "the default database was used");
        var announced = Regex.Match(stdout, @"^database: (.+) \(temporary, deleted afterwards\)", RegexOptions.Multiline);
        Assert.True(announced.Success, stdout);
        Assert.False(File.Exists(announced.Groups[1].Value.TrimEnd('\r')));
        Assert.False(Directory.Exists(Path.GetDirectoryName(announced.Groups[1].Value.TrimEnd('\r'))));
    }

    [Fact]
    public void Size_on_disk_counts_the_database_its_wal_and_shm_and_the_index_directory()
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");
        File.WriteAllBytes(db, new byte[1000]);
        File.WriteAllBytes(db + "-wal", new byte[200]);
        File.WriteAllBytes(db + "-shm", new byte[30]);
        var index = Directory.CreateDirectory(dir.File("archive.index"));
        File.WriteAllBytes(Path.Combine(index.FullName, "_0.cfs"), new byte[4]);
        File.WriteAllBytes(Path.Combine(index.Parent!.FullName, "other.db"), new byte[99999]); // not the archive's
        var nested = index.CreateSubdirectory("taxonomy");
        File.WriteAllBytes(Path.Combine(nested.FullName, "segments_1"), new byte[5]);

        Assert.Equal(dir.File("archive.index"), ArchiveFiles.IndexDirectory(db));
        Assert.Equal(1000 + 200 + 30 + 4 + 5, ArchiveFiles.SizeOnDiskBytes(db));
        Assert.Equal(0, ArchiveFiles.SizeOnDiskBytes(dir.File("missing.db")));
    }

    [Fact]
    public void The_contract_line_uses_the_invariant_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var line = BenchCommand.ContractLine(1234, 1234.6, [1.25, 2.5, 40.04], [2.5], 3 * 1048576 + 104858, 200 * 1048576);
            Assert.Equal("docs=1234 import_docs_per_s=1235 p50_ms=2.5 p95_ms=40.0 p99_ms=40.0 common_p95_ms=2.5 index_mb=3.1 rss_mb=200.0", line);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>Eight records in the three languages and four queries, one of each kind gen.py makes.</summary>
    static (string Corpus, string Queries) WriteTinyCorpus(TempDirectory dir)
    {
        var records = new object[]
        {
            new { id = "b-1", lang = "en", title = "Library digitization plan", body = "The library plans the digitization of rare books.", date = "2020-03-01", institution = "National Library", persons = new[] { "Rao Quan" }, topics = new[] { "digitization" } },
            new { id = "b-2", lang = "en", title = "Archive exhibition opens", body = "The archive opens an exhibition of ancient maps and rare books.", date = "2021-05-12", institution = "City Archive", persons = new[] { "Ann Lee" }, topics = new[] { "exhibition" } },
            new { id = "b-3", lang = "en", title = "Museum conference report", body = "A report on the museum conference about reading rooms.", date = "2019-11-20", institution = "City Museum", persons = Array.Empty<string>(), topics = new[] { "conference" } },
            new { id = "b-4", lang = "zh", title = "图书馆古籍数字化", body = "国家图书馆启动古籍数字化项目，读者可以在线阅读善本。", date = "2022-01-08", institution = "国家图书馆", persons = new[] { "饶权" }, topics = new[] { "数字化" } },
            new { id = "b-5", lang = "zh", title = "档案馆举办展览", body = "市档案馆举办古地图展览，展出珍贵档案。", date = "2023-06-30", institution = "市档案馆", persons = Array.Empty<string>(), topics = new[] { "展览" } },
            new { id = "b-6", lang = "zh", title = "博物馆学术会议", body = "博物馆召开学术会议，讨论阅览室的开放。", date = "2018-09-15", institution = "博物馆", persons = Array.Empty<string>(), topics = new[] { "会议" } },
            new { id = "b-7", lang = "vi", title = "Thư viện số hóa sách cổ", body = "Thư viện quốc gia số hóa sách cổ và tài liệu quý hiếm.", date = "2021-02-02", institution = "Thư viện Quốc gia", persons = Array.Empty<string>(), topics = new[] { "số hóa" } },
            new { id = "b-8", lang = "vi", title = "Triển lãm bản đồ cổ", body = "Bảo tàng tổ chức triển lãm bản đồ cổ cho bạn đọc.", date = "2024-04-04", institution = "Bảo tàng", persons = Array.Empty<string>(), topics = new[] { "triển lãm" } },
        };
        var corpus = dir.File("corpus-8.jsonl");
        File.WriteAllLines(corpus, records.Select(r => JsonSerializer.Serialize(r)));
        var queries = dir.File("queries-8.jsonl");
        File.WriteAllLines(queries, new[]
        {
            new { id = "q1", text = "library", lang = "en", kind = "single" },
            new { id = "q2", text = "rare books", lang = "en", kind = "two" },
            new { id = "q3", text = "\"古籍数字化\"", lang = "zh", kind = "phrase" },
            new { id = "q4", text = "triển lãm", lang = "vi", kind = "rare" },
        }.Select(q => JsonSerializer.Serialize(q)));
        return (corpus, queries);
    }

    static async Task<(int Exit, string Stdout, string Stderr)> RunArchive(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.Environment.Remove("Archive__Database");
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout, await stderr);
    }
}
