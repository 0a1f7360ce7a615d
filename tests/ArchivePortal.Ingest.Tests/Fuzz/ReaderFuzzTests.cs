using System.Text.RegularExpressions;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Reading;
using ArchivePortal.Tests.Fuzzing;
using Xunit.Abstractions;

namespace ArchivePortal.Ingest.Tests.Fuzz;

/// <summary>
/// Issue 14: random and mutated files of each type, read as the importer reads them. Every outcome
/// is a record or a failure naming the file and a reason; an exception is a bug.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output) : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-fuzz-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Theory]
    [InlineData(".md")]
    [InlineData(".html")]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    public void Files_read_as_records_or_failures(string extension)
    {
        var corpus = ReaderSeeds.For(extension);
        var tokens = ReaderSeeds.Tokens(extension);
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, Mutator<byte>.ForBytes(tokens, maxLength: 64 * 1024)),
            Fuzzer.TextMutations(corpus, tokens, maxLength: 64 * 1024),
            Fuzzer.TextMutations(corpus, tokens, maxLength: 64 * 1024),
            FuzzInputs.MostlyWithoutNul(r => FuzzInputs.Utf8(FuzzInputs.RandomTokens(r, tokens, 200))),
            FuzzInputs.MostlyWithoutNul(r => FuzzInputs.Utf8(FuzzInputs.RandomText(r, 2000))),
            FuzzInputs.MostlyWithoutNul(r => r.Next(2) == 0 ? FuzzInputs.InvalidUtf8(r, 2000) : FuzzInputs.RandomBytes(r, 2000)));
        var path = Path.Combine(temp, "fuzz" + extension);
        Fuzzer.Run(output, "read" + extension, generate, bytes => Read(path, bytes));
    }

    /// <summary>Reads <paramref name="bytes"/> as the file <paramref name="path"/>; checks every result; returns what became of it.</summary>
    internal static string Read(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        var results = RecordReaderRegistry.Default.Find(path)!.Read(path).ToList();
        Assert.NotEmpty(results);
        foreach (var result in results) Check(path, result);
        return string.Join(" + ", results.Select(Outcome).Distinct().Order(StringComparer.Ordinal).Take(3));
    }

    internal static void Check(string path, ReadResult result)
    {
        if (result.Failure is { } failure)
        {
            Assert.Null(result.Record);
            Assert.StartsWith(path, failure.Origin, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(failure.Reason), "a failure without a reason");
            Assert.True(IntakeErrorTexts.English.ContainsKey(failure.Code), $"a failure without a known code: {failure.Code}");
            return;
        }
        var record = Assert.IsType<ArchiveRecord>(result.Record);
        Assert.Null(RecordIds.Problem(record.Id));
        Assert.False(string.IsNullOrWhiteSpace(record.Title), "a record without a title");
        Assert.Contains(record.Language, LanguageCodes.All);
        var normalized = ArchivePortal.Ingest.Intake.Normalization.IntakeText.Normalize(record);
        Assert.False(string.IsNullOrWhiteSpace(normalized.Title), "a record whose title normalizes to nothing");
    }

    /// <summary>A failure's reason without the values it names (line numbers, quoted text), so that like failures count together.</summary>
    internal static string Outcome(ReadResult result)
    {
        if (result.Record is { } record) return "record " + record.Language;
        var reason = Regex.Replace(result.Failure!.Reason, "'[^']*'|\"[^\"]*\"|“[^”]*”", "'…'");
        reason = Regex.Replace(reason, @"[0-9]+(\.[0-9]+)?", "N");
        return reason.Length > 70 ? reason[..70] + "…" : reason;
    }
}
