using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A query in Latin letters that finds records in several languages shows them all on its first
/// page, the languages taking turns by rank; a query in Chinese characters keeps its own ranking.
/// </summary>
public sealed class LanguageTurnsTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "language-turns-" + Guid.NewGuid().ToString("N"));
    readonly Archive archive;

    public LanguageTurnsTests()
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "persons.yml"), """
            - id: rao-quan
              labels: {zh: 饶权, en: Rao Quan}
            """);
        archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
        archive.Store.Upsert(Corpus());
    }

    public void Dispose()
    {
        archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>Many English records naming Rao Quan as typed, fewer Chinese ones writing 饶权 (his authority's Chinese label).</summary>
    static List<ArchiveRecord> Corpus()
    {
        var records = new List<ArchiveRecord>();
        for (int i = 0; i < 14; i++)
            records.Add(Record($"en-{i:00}", "en", $"Rao Quan at library meeting {i}", $"Rao Quan, director of the National Library of China, spoke at meeting {i}.", $"2021-01-{i + 1:00}"));
        for (int i = 0; i < 4; i++)
            records.Add(Record($"zh-{i}", "zh", $"国家图书馆召开工作会议（第{i + 1}次）", $"饶权馆长主持会议并讲话。第{i + 1}次会议研究了古籍保护工作。", $"2021-02-{i + 1:00}"));
        records.Add(Record("zh-agreement", "zh", "国家图书馆签署合作协议", "饶权出席签约仪式。", "2021-03-01"));
        records.Add(Record("en-agreement", "en", "Rao Quan signs a cooperation agreement", "Rao Quan signed the agreement.", "2021-03-02"));
        return records;
    }

    List<SearchHit> Hits(string query, int offset = 0, int limit = 10) =>
        archive.Index.Search(new SearchRequest { Query = query, Offset = offset, Limit = limit }).Hits.ToList();

    [Fact]
    public void A_name_typed_in_latin_letters_shows_chinese_records_on_the_first_page()
    {
        var languages = Hits("Rao Quan").Select(h => h.Language).ToList();
        Assert.Equal(5, languages.Count(l => l == "zh"));
        Assert.Equal(["en", "zh", "en", "zh"], languages.Take(4)); // the best of each language first, then the second of each
    }

    [Fact]
    public void The_pages_of_a_search_in_turns_neither_repeat_nor_skip_a_record()
    {
        var paged = Enumerable.Range(0, 3).SelectMany(p => Hits("Rao Quan", p * 7, 7)).Select(h => h.Id).ToList();
        Assert.Equal(Hits("Rao Quan", 0, 21).Select(h => h.Id), paged);
        Assert.Equal(20, paged.Distinct().Count());
    }

    [Fact]
    public void Records_with_more_of_the_words_still_come_before_the_other_languages()
    {
        var hits = Hits("Rao Quan agreement");
        Assert.Equal("en-agreement", hits[0].Id); // every word; the Chinese agreement says 协议
    }

    [Fact]
    public void A_query_in_chinese_characters_keeps_exact_mentions_first()
    {
        Assert.All(Hits("饶权").Take(5), h => Assert.Equal("zh", h.Language));
    }
}
