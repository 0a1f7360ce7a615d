using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using Xunit.Abstractions;

namespace ArchivePortal.Storage.Tests;

/// <summary>The dev set's documents (../shared/eval/dev/docs) added to the 20,000 generated records.</summary>
public sealed class DevAndGeneratedArchiveFixture : IDisposable
{
    readonly GeneratedArchiveFixture generated = new();

    public TempArchive? Temp => generated.Temp;

    /// <summary>Every record's title and body by id, as imported.</summary>
    public Dictionary<string, ArchiveRecord> Records { get; } = [];

    public DevAndGeneratedArchiveFixture()
    {
        if (generated.Temp is not { } temp || GeneratedCorpus.Shared is not { } shared) return;
        foreach (var r in GeneratedCorpus.Records(GeneratedCorpus.CorpusFile(generated.Folder!, GeneratedArchiveFixture.Size))) Records[r.Id] = r;
        var dev = Directory.GetFiles(Path.Combine(shared, "eval", "dev", "docs"), "*.md").Order(StringComparer.Ordinal).Select(ReadMarkdown).ToList();
        temp.Archive.Store.Upsert(dev);
        foreach (var r in dev) Records[r.Id] = r;
    }

    /// <summary>A dev document: YAML front matter of plain `key: value` lines, then the Markdown body.</summary>
    static ArchiveRecord ReadMarkdown(string path)
    {
        var parts = File.ReadAllText(path).Replace("\r\n", "\n").Split("---\n", 3);
        var fields = new Dictionary<string, string>();
        foreach (var line in parts[1].Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || line.StartsWith(' ') || line.StartsWith('-')) continue;
            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1].Replace("\\\"", "\"");
            fields[line[..colon].Trim()] = value;
        }
        return new ArchiveRecord
        {
            Id = fields["id"], Title = fields["title"], Language = fields["lang"], Body = parts[2].Trim(),
            Date = fields.TryGetValue("date", out var d) && DateOnly.TryParse(d, CultureInfo.InvariantCulture, out var date) ? date : null,
            Institution = fields.GetValueOrDefault("institution") is { Length: > 0 } i ? i : null,
            Type = fields.GetValueOrDefault("type") is { Length: > 0 } t ? t : RecordTypes.News,
        };
    }

    public void Dispose() => generated.Dispose();
}

/// <summary>
/// "thu vien" is one Vietnamese word of two syllables (thư viện, library): the first page holds
/// records with the two syllables together, and a snippet never marks one of them alone.
/// </summary>
public class VietnameseWordTests(DevAndGeneratedArchiveFixture fixture, ITestOutputHelper output) : IClassFixture<DevAndGeneratedArchiveFixture>
{
    static readonly Regex Word = new(@"(?<![\p{L}\p{N}])thu\s+vien(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    static readonly Regex Mark = new("<mark>(.*?)</mark>", RegexOptions.Singleline);
    static readonly Regex Syllable = new(@"[\p{L}\p{N}]+");

    /// <summary>Lower case without diacritics: thư viện, Thứ viên and THU VIEN all read "thu vien".</summary>
    static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [Fact]
    public void Thu_vien_finds_the_word_and_marks_its_two_syllables_together()
    {
        if (fixture.Temp is not { } temp)
        {
            output.WriteLine("../shared (gen.py, eval/dev/docs) not found beside the repository; the test was not run.");
            return;
        }
        var results = temp.Archive.Index.Search(new SearchRequest { Query = "thu vien", Limit = 10 });
        output.WriteLine($"{results.Total} matches");
        Assert.Equal(10, results.Hits.Count);
        var problems = new List<string>();
        foreach (var hit in results.Hits)
        {
            var record = fixture.Records[hit.Id];
            var hasWord = Word.IsMatch(Fold(record.Title)) || Word.IsMatch(Fold(record.Body));
            var marks = Mark.Matches(hit.SnippetHtml).Concat(Mark.Matches(hit.TitleHtml)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            output.WriteLine($"{hit.Id} {hit.Score:F2} word={hasWord} {hit.Title} | marks: {string.Join(" | ", marks)}");
            if (!hasWord) problems.Add($"{hit.Id} ({hit.Title}) has no \"thư viện\" in its title or body");
            foreach (var mark in marks)
            {
                var syllables = Syllable.Matches(Fold(mark)).Select(m => m.Value).ToList();
                bool thu = syllables.Contains("thu"), vien = syllables.Contains("vien");
                if (thu != vien) problems.Add($"{hit.Id}: <mark>{mark}</mark> marks one syllable of \"thư viện\" alone");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
