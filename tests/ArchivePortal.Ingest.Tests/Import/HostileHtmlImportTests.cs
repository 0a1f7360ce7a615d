using System.Diagnostics;
using System.Text;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Ingest.Tests.Import;

/// <summary>An HTML file built to make parsing slow (issue 14, finding 6) fails alone; the files after it are imported.</summary>
public sealed class HostileHtmlImportTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("hostile-html-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task A_file_of_unclosed_nested_divs_fails_with_its_code_and_the_next_files_import()
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(folder, "1-nested.html"), NestedDivs(500 * 1024));
        File.WriteAllText(Path.Combine(folder, "2-good.html"),
            "<html lang=\"en\"><head><title>Reading room reopens</title></head><body><h1>Reading room reopens</h1><p>The reading room reopened on Monday after repairs.</p></body></html>");
        File.WriteAllText(Path.Combine(folder, "3-good.md"), "---\nid: notes\ntitle: Notes\nlang: en\n---\nThe archive opened a new wing.\n");
        var archive = Archive.Open(Path.Combine(dir, "a.db"), ArchiveAnalyzer.CreateWithoutIcu());

        var clock = Stopwatch.StartNew();
        var import = Task.Run(() => new ImportRunner(archive.Store).Run([folder]));
        // Only a guard against hanging for minutes (an 850 KB file took over 120 s): the outcome below is what matters.
        var finished = await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(30))) == import;
        Assert.True(finished, $"the import still ran after {clock.Elapsed.TotalSeconds:0} s");

        var report = await import;
        var failure = Assert.Single(report.Failures);
        Assert.EndsWith("1-nested.html", failure.Origin);
        Assert.Contains("html_too_deep", failure.ToString());
        Assert.Equal(2, report.Summary.Added);
        Assert.NotNull(archive.Store.Get("2-good"));
        Assert.NotNull(archive.Store.Get("notes"));
    }

    /// <summary>A page with a title, a paragraph and then some 100,000 &lt;div&gt;s that are never closed.</summary>
    internal static string NestedDivs(int bytes)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Nested</title></head><body><h1>Nested</h1><p>A page whose divs are never closed.</p>");
        while (html.Length < bytes) html.Append("<div>");
        return html.ToString();
    }
}
