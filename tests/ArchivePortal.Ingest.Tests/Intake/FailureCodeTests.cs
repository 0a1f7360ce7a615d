using System.Text;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Reading;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Ingest.Tests.Intake;

/// <summary>Every import failure carries a code from the catalogue, so scripts and translations never meet free text alone.</summary>
public sealed class FailureCodeTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-codes-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(temp, recursive: true);
    }

    [Fact]
    public void Every_failure_of_an_import_of_odd_files_has_a_catalogue_code()
    {
        var folder = Path.Combine(temp, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(SharedData.TestData("")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var random = new Random(14);
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(folder, $"random-{i}{new[] { ".md", ".txt", ".html", ".jsonl" }[i % 4]}"), bytes);
        }
        File.WriteAllText(Path.Combine(folder, "twice-a.md"), "---\nid: same\n---\n# One\n\nText.");
        File.WriteAllText(Path.Combine(folder, "twice-b.md"), "---\nid: same\n---\n# Two\n\nText.");

        using var archive = Archive.Open(Path.Combine(temp, "a.db"), ArchiveAnalyzer.CreateWithoutIcu());
        var report = new ImportRunner(archive.Store).Run([folder, Path.Combine(temp, "missing"), SharedData.TestData("notes.pdf")]);

        var failures = report.Failures.Concat(report.Duplicates).ToList();
        Assert.True(failures.Count > 50, $"only {failures.Count} failures");
        Assert.Empty(failures.Where(f => !ErrorCatalogueTests.Codes.Contains(f.Code)).Select(f => f.ToString()));
        Assert.Contains(failures, f => f.Code == IntakeErrorCodes.DuplicateId);
        Assert.Contains(failures, f => f.Code == IntakeErrorCodes.NotFound);
        Assert.Contains(failures, f => f.Code == IntakeErrorCodes.UnsupportedFileType);
    }

    [Fact]
    public void A_failure_line_reads_origin_code_and_reason() =>
        Assert.Equal("a.md: no_title: no title", new ReadFailure("a.md", "no title", IntakeErrorCodes.NoTitle).ToString());
}
