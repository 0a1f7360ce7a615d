using System.Text.RegularExpressions;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Schema;
using ArchivePortal.Storage.Search;
using ArchivePortal.Storage.Search.Ranking;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// The C# ranking function inside FTS5 must rank exactly as FTS5's own bm25() did with one phrase
/// per stream, while reading the index once per shared phrase.
/// </summary>
public class RankingTests
{
    static TempArchive Corpus() => new TempArchive().With(
        Record("en-1", "en", "National Library of China holds work meeting", "The NLC work meeting reviewed the library's digitization. Library staff and library readers attended.", "2021-01-28", "National Library of China", "meeting"),
        Record("en-2", "en", "Library week", "A week of library events: the library opened late and a meeting of readers was held.", "2021-03-11"),
        Record("en-3", "en", "Archives meeting", "The archives work meeting was held in Ningbo.", "2020-05-29"),
        Record("en-4", "en", "Rare books", "An exhibition of rare books opened in the museum. The library lent the books.", "2019-09-26"),
        Record("vi-1", "vi", "Thư viện Quốc gia Việt Nam tổ chức hội nghị", "Thư viện Quốc gia Việt Nam tổ chức Hội nghị về chuyển đổi số. Thư viện mở cửa.", "2022-12-26"),
        Record("vi-2", "vi", "Ngày Sách", "Thư viện Hà Nội tổ chức Ngày Sách và triển lãm library.", "2021-04-21"),
        Record("zh-1", "zh", "国家图书馆召开2021年工作会议", "饶权馆长作报告。国家图书馆古籍保护工作稳步推进，图书馆数字化成果显著。", "2021-01-28", "中国国家图书馆", "meeting"),
        Record("zh-2", "zh", "宁波市档案馆召开会议", "档案馆工作会议。图书馆和档案馆合作。", "2021-03-12"));

    [Theory]
    [InlineData("library")]
    [InlineData("library meeting")]
    [InlineData("library meeting readers")]
    [InlineData("\"work meeting\"")]
    [InlineData("nlc")]
    [InlineData("thư viện")]
    [InlineData("thu vien quoc gia")]
    [InlineData("图书馆")]
    [InlineData("图书馆 会议")]
    [InlineData("library OR 档案馆")]
    [InlineData("title:library")]
    public void Scores_equal_fts5_bm25_with_one_phrase_per_stream(string query)
    {
        using var t = Corpus();
        var compiled = Compile(t, query);
        var plan = MatchPlan.For(compiled.Match!, compiled.Units, compiled.ExactUnits);
        using var c = t.Archive.Database.Connect();

        var expected = Bm25(c, OnePhrasePerStream(compiled.Match!, plan));
        // Document frequencies counted by FTS5 apart, or (for an OR of phrases) in the pass itself.
        foreach (var inPass in compiled.IsDisjunction ? new[] { false, true } : [false])
            foreach (var lengths in new[] { null, Lengths(c) })
            {
                var actual = Score(c, compiled.Match!, plan, lengths, inPass);
                Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
                Assert.NotEmpty(actual);
                foreach (var (rowId, score) in expected) Assert.Equal(score, actual[rowId], 9);
            }
    }

    [Fact]
    public void Frequencies_counted_in_the_pass_are_remembered_as_fts5_counts_them()
    {
        using var t = Corpus();
        var compiled = Compile(t, "library meeting readers");
        Assert.True(compiled.IsDisjunction);
        var plan = MatchPlan.For(compiled.Match!, compiled.Units, compiled.ExactUnits);
        using var c = t.Archive.Database.Connect();
        var counted = new DocumentFrequencies().For(0);
        var inPass = new DocumentFrequencies().For(0);
        MatchScorer.For(c).Run(Command(c, compiled.Match!), plan, counted, null);
        MatchScorer.For(c).Run(Command(c, compiled.Match!), plan, inPass, null, seesEveryRecordOfEachPhrase: true);
        Assert.All(plan.Terms, term =>
        {
            Assert.True(counted.TryGet(term, out var expected));
            Assert.True(inPass.TryGet(term, out var actual));
            Assert.Equal(expected, actual);
        });
        Assert.Contains(plan.Terms, term => counted.TryGet(term, out var n) && n > 1);
    }

    [Fact]
    public void Shared_phrases_are_read_once_for_several_streams()
    {
        using var t = Corpus();
        var plan = MatchPlan.For(Compile(t, "library").Match!, [], []);
        // English stems to "librari"; Vietnamese (both) and Chinese (both) keep "library": two phrases, five streams.
        Assert.Equal(2, plan.Phrases.Count);
        Assert.Equal(5, plan.Terms.Count);
    }

    [Fact]
    public void Coverage_counts_the_query_words_a_record_has()
    {
        using var t = Corpus();
        var compiled = Compile(t, "library meeting readers");
        using var c = t.Archive.Database.Connect();
        var ids = c.Pairs("SELECT rowid, id FROM records").ToDictionary(r => r.Item1, r => r.Item2);
        var coverage = MatchScorer.For(c).Run(Command(c, compiled.Match!), MatchPlan.For(compiled.Match!, compiled.Units, compiled.ExactUnits),
            new DocumentFrequencies().For(0), null).ToDictionary(m => ids[m.RowId], m => m.Coverage);
        Assert.Equal(3, coverage["en-1"]);
        Assert.Equal(3, coverage["en-2"]);
        Assert.Equal(1, coverage["en-3"]);
        Assert.Equal(1, coverage["en-4"]);
    }

    [Fact]
    public void Ranking_follows_new_records_after_an_import()
    {
        using var t = Corpus();
        var before = Hits(t, "museum");
        // Many new records with the word make it common: its weight falls, and the cached
        // document frequencies must not keep the old one.
        t.With(Enumerable.Range(0, 30).Select(i => Record($"m-{i}", "en", "Museum " + i, "The museum opened.", "2023-01-01")).ToArray());
        var after = Hits(t, "museum");
        using var c = t.Archive.Database.Connect();
        var compiled = Compile(t, "museum");
        var expected = Bm25(c, OnePhrasePerStream(compiled.Match!, MatchPlan.For(compiled.Match!, [], [])));
        var rowIds = c.Pairs("SELECT rowid, id FROM records").ToDictionary(r => r.Item2, r => r.Item1);
        Assert.True(after["en-4"] < before["en-4"]);
        foreach (var (id, score) in after) Assert.Equal(expected[rowIds[id]], score, 9);
    }

    [Fact]
    public void The_function_outside_a_search_is_an_error_not_a_crash()
    {
        using var t = Corpus();
        using var c = t.Archive.Database.Connect();
        MatchScorer.For(c);
        var e = Assert.Throws<SqliteException>(() => Command(c, "\"library\"").ExecuteScalar());
        Assert.Contains("search", e.Message);
        Assert.Equal(["en-1", "en-2"], t.Ids("library meeting").Order()); // the connection still works
    }

    [Theory]
    [InlineData(new byte[] { 0x05, 0x00, 0x7F }, 132)]
    [InlineData(new byte[] { 0x81, 0x00 }, 128)]
    [InlineData(new byte[] { 0x81, 0x80, 0x01, 0x02 }, 16385 + 2)]
    [InlineData(new byte[] { }, 0)]
    public void Row_lengths_sum_fts5_varints(byte[] blob, int sum) =>
        Assert.Equal(sum, RowLengths.SumOfVarints(blob));

    static CompiledQuery Compile(TempArchive t, string query) =>
        new FtsQueryCompiler(t.Archive.Analyzer, t.Archive.Authorities).Compile(QueryParser.Parse(query));

    /// <summary>The expression as it was written before phrases were shared: each stream its own phrase.</summary>
    static string OnePhrasePerStream(string match, MatchPlan plan)
    {
        int p = 0;
        return Regex.Replace(match, """\{[^}]*\} : "(?:[^"]|"")*"(?!")""",
            _ => "(" + string.Join(" OR ", plan.Phrases[p++].OwnTerms.Select(i => plan.Terms[i])) + ")");
    }

    static Dictionary<long, double> Bm25(SqliteConnection c, string match)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT rowid, {FtsColumns.Bm25} FROM record_fts WHERE record_fts MATCH $m";
        cmd.Parameters.AddWithValue("$m", match);
        var scores = new Dictionary<long, double>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) scores[r.GetInt64(0)] = -r.GetDouble(1);
        return scores;
    }

    static Dictionary<long, double> Score(SqliteConnection c, string match, MatchPlan plan, RowLengths? lengths, bool inPass) =>
        MatchScorer.For(c).Run(Command(c, match), plan, new DocumentFrequencies().For(0), lengths, inPass).ToDictionary(m => m.RowId, m => m.Score);

    static SqliteCommand Command(SqliteConnection c, string match)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {MatchScorer.Function}(record_fts) FROM record_fts WHERE record_fts MATCH $m";
        cmd.Parameters.AddWithValue("$m", match);
        return cmd;
    }

    static RowLengths Lengths(SqliteConnection c) => new RecordFacetCache().Get(c, AuthorityRows.Generation(c), out _).Lengths;

    static Dictionary<string, double> Hits(TempArchive t, string query) =>
        t.Archive.Index.Search(new SearchRequest { Query = query, Limit = 100 }).Hits.ToDictionary(h => h.Id, h => h.Score);
}

static class QueryExtensions
{
    public static List<(long, string)> Pairs(this SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<(long, string)>();
        while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
        return rows;
    }
}
