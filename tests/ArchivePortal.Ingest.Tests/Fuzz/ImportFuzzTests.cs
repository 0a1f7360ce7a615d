using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using ArchivePortal.Tests.Fuzzing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ArchivePortal.Ingest.Tests.Fuzz;

/// <summary>
/// Issue 14, the whole import: each fuzzed input is saved as a Markdown, a text, an HTML and a JSONL
/// file and imported into a real archive (SQLite and the Lucene.Net index, the default analyzers and
/// the repository's authorities), so what a reader accepts is also analyzed, indexed and searchable.
/// </summary>
public sealed class ImportFuzzTests(ITestOutputHelper output) : IDisposable
{
    static readonly string[] Extensions = [".md", ".txt", ".html", ".jsonl"];

    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-import-fuzz-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(temp, recursive: true);
    }

    [Fact]
    public void Imports_store_what_the_readers_accept_and_fail_the_rest_with_reasons()
    {
        var authorities = Path.Combine(FuzzSeeds.RepositoryRoot().FullName, "content", "authorities");
        using var archive = Archive.Open(Path.Combine(temp, "archive.db"), authoritiesFolder: authorities);
        var folder = Directory.CreateDirectory(Path.Combine(temp, "in")).FullName;
        var corpus = Extensions.SelectMany(ReaderSeeds.For).ToList();
        var tokens = Extensions.SelectMany(ReaderSeeds.Tokens).Distinct().ToList();
        var generate = Fuzzer.Mix(
            Fuzzer.TextMutations(corpus, tokens, maxLength: 16 * 1024),
            Fuzzer.TextMutations(corpus, tokens, maxLength: 16 * 1024),
            Fuzzer.Mutations(corpus, Mutator<byte>.ForBytes(tokens, maxLength: 16 * 1024)),
            FuzzInputs.MostlyWithoutNul(r => FuzzInputs.Utf8(FuzzInputs.RandomTokens(r, tokens, 200))));

        Fuzzer.Run(output, "import", generate, bytes =>
        {
            // One name per type (md.md, txt.txt …), so that the files' records do not share an id.
            foreach (var extension in Extensions) File.WriteAllBytes(Path.Combine(folder, extension[1..] + extension), bytes);
            var report = new ImportRunner(archive.Store).Run([folder]);
            foreach (var failure in report.Failures)
            {
                Assert.StartsWith(folder, failure.Origin, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(failure.Reason), "a failure without a reason");
            }
            var stored = report.Summary.Added + report.Summary.Updated + report.Summary.Unchanged;
            return $"{Math.Min(stored, 4)}{(stored > 4 ? "+" : "")} stored, {Math.Min(report.Failures.Count, 4)}{(report.Failures.Count > 4 ? "+" : "")} failed";
        });

        // What was stored is searchable: the index took every record without breaking.
        var everything = archive.Index.Search(new SearchRequest { Query = "", Limit = 5 });
        Assert.True(everything.Total >= everything.Hits.Count);
        output.WriteLine($"archive after the run: {everything.Total} records");
    }
}
