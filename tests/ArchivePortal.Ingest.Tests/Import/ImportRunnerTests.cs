using ArchivePortal.Core.Analysis;
using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Ingest.Tests.Import;

public sealed class ImportRunnerTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "import-runner-" + Guid.NewGuid().ToString("N"));

    public ImportRunnerTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_lone_surrogate_in_jsonl_fails_its_line_with_a_reason_and_the_rest_imports()
    {
        var file = Path.Combine(dir, "odd.jsonl");
        File.WriteAllText(file,
            "{\"id\":\"a\",\"lang\":\"en\",\"title\":\"Broken \\ud800 title\",\"body\":\"Text \\udc00 here\"}\n" +
            "{\"id\":\"b\",\"lang\":\"en\",\"title\":\"Fine\",\"body\":\"Fine text\"}\n");
        var archive = Archive.Open(Path.Combine(dir, "a.db"), ArchiveAnalyzer.CreateWithoutIcu());
        var report = new ImportRunner(archive.Store).Run([file]);
        var failure = Assert.Single(report.Failures);
        Assert.EndsWith("odd.jsonl:1", failure.Origin);
        Assert.Contains("not valid Unicode", failure.Reason);
        Assert.Equal(1, report.Summary.Added);
        Assert.NotNull(archive.Store.Get("b"));
    }

    [Fact]
    public void A_bad_file_is_reported_and_the_good_ones_import()
    {
        File.WriteAllText(Path.Combine(dir, "good.md"), "---\nid: g\ntitle: Good\nlang: en\n---\nBody text.\n");
        File.WriteAllBytes(Path.Combine(dir, "bad.txt"), [0x41, 0xFF, 0xFE, 0x00, 0x42]);
        var archive = Archive.Open(Path.Combine(dir, "a.db"), ArchiveAnalyzer.CreateWithoutIcu());
        var report = new ImportRunner(archive.Store).Run([dir]);
        Assert.Equal(1, report.Summary.Added);
        var failure = Assert.Single(report.Failures);
        Assert.EndsWith("bad.txt", failure.Origin);
    }

    [Fact]
    public void Of_two_files_with_one_id_the_first_is_kept()
    {
        File.WriteAllText(Path.Combine(dir, "a.md"), "---\nid: same\ntitle: The first\nlang: en\n---\nRead first.\n");
        File.WriteAllText(Path.Combine(dir, "b.md"), "---\nid: same\ntitle: The second\nlang: en\n---\nRead second.\n");
        var archive = Archive.Open(Path.Combine(dir, "a.db"), ArchiveAnalyzer.CreateWithoutIcu());
        var report = new ImportRunner(archive.Store).Run([dir]);
        Assert.Equal("The first", archive.Store.Get("same")!.Record.Title);
        Assert.Equal((1, 0, 0), (report.Summary.Added, report.Summary.Updated, report.Summary.Unchanged));
    }
}
