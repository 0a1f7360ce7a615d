using System.Text.RegularExpressions;
using ArchivePortal.Core.Authorities;
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
        Record("zh-2", "zh", "宁波市档案馆召开会议", "档案馆工作会议。图书馆和档案馆合作。", "2021-03-12"),
        Record("en-5", "en", "O'Brien's reading room", "Don't miss the O'Brien collection: the reading room's rare maps.", "2018-02-02"),
        Record("en-6", "en", "NLC readers", "The NLC held a meeting for its readers.", "2022-06-01"));

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
                foreach (var (rowId, score) in expected) AssertClose(score, actual[rowId]);
            }
    }

    /// <summary>
    /// Our tokenizer keeps an apostrophe inside a word; FTS5's ascii tokenizer splits the quoted
    /// phrase there. The scorer must still recognise the phrase as its own.
    /// </summary>
    [Theory]
    [InlineData("o'brien")]
    [InlineData("don't miss")]
    [InlineData("\"O'Brien collection\"")]
    [InlineData("room's maps")]
    public void Words_with_an_apostrophe_are_found_and_ranked(string query)
    {
        using var t = Corpus();
        Assert.Equal(["en-5"], t.Ids(query));
        var compiled = Compile(t, query);
        var plan = MatchPlan.For(compiled.Match!, compiled.Units, compiled.ExactUnits);
        using var c = t.Archive.Database.Connect();
        var expected = Bm25(c, OnePhrasePerStream(compiled.Match!, plan));
        var actual = Score(c, compiled.Match!, plan, null, inPass: false);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (rowId, score) in expected) AssertClose(score, actual[rowId]);
    }

    /// <summary>Counts remembered for the newest archive stay when a search still reading an older one asks.</summary>
    [Fact]
    public void A_search_reading_before_a_write_does_not_discard_the_newer_counts()
    {
        var frequencies = new DocumentFrequencies();
        frequencies.For(7).Set("library", 40);

        var older = frequencies.For(6);
        older.Set("library", 39);

        Assert.True(frequencies.For(7).TryGet("library", out var count));
        Assert.Equal(40, count);
        Assert.False(frequencies.For(8).TryGet("library", out _));
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
    public void Exact_coverage_counts_the_words_as_typed_not_their_aliases()
    {
        using var t = Corpus();
        t.Archive.Authorities.Add(new Authority
        {
            Id = "nlc", Kind = AuthorityKinds.Institution, Aliases = ["NLC"],
            Labels = new Dictionary<string, string> { ["en"] = "National Library of China", ["zh"] = "中国国家图书馆" },
        });
        var compiled = Compile(t, "National Library of China meeting");
        Assert.Equal(2, compiled.ExactUnits.Count);
        using var c = t.Archive.Database.Connect();
        var ids = c.Pairs("SELECT rowid, id FROM records").ToDictionary(r => r.Item1, r => r.Item2);
        var matches = MatchScorer.For(c).Run(Command(c, compiled.Match!), MatchPlan.For(compiled.Match!, compiled.Units, compiled.ExactUnits),
            new DocumentFrequencies().For(0), null).ToDictionary(m => ids[m.RowId]);
        Assert.Equal((2, 2), (matches["en-1"].Coverage, matches["en-1"].ExactCoverage)); // the name as typed
        Assert.Equal((2, 1), (matches["en-6"].Coverage, matches["en-6"].ExactCoverage)); // only its alias NLC
        Assert.Equal(["en-1", "en-6"], t.Ids("National Library of China meeting").Take(2));
    }

    /// <summary>
    /// A filter that SQL applies (a negated one) hides records from the pass, so it must not count
    /// document frequencies there: the scores stay those of the whole archive.
    /// </summary>
    [Fact]
    public void A_sql_filter_does_not_change_the_scores()
    {
        using var t = Corpus();
        var filtered = Hits(t, "library meeting readers -type:meeting");
        Assert.DoesNotContain("en-1", filtered.Keys); // an English record with all three words, hidden
        Assert.Contains("en-2", filtered.Keys);
        using var c = t.Archive.Database.Connect();
        var compiled = Compile(t, "library meeting readers");
        Assert.True(compiled.IsDisjunction);
        var expected = Bm25(c, OnePhrasePerStream(compiled.Match!, MatchPlan.For(compiled.Match!, [], [])));
        var rowIds = c.Pairs("SELECT rowid, id FROM records").ToDictionary(r => r.Item2, r => r.Item1);
        foreach (var (id, score) in filtered) AssertClose(expected[rowIds[id]], score);
    }

    [Fact]
    public void A_fault_in_the_scorer_is_not_reported_as_a_bad_query()
    {
        using var t = Corpus();
        using var c = t.Archive.Database.Connect();
        var compiled = Compile(t, "library meeting readers");
        var wrongPlan = MatchPlan.For(Compile(t, "library").Match!, [], []); // fewer phrases than the statement has
        var e = Assert.Throws<SqliteException>(() => MatchScorer.For(c).Run(Command(c, compiled.Match!), wrongPlan, new DocumentFrequencies().For(0), null));
        Assert.Equal(2, e.SqliteErrorCode); // SQLITE_INTERNAL, which the search does not mistake for a query FTS5 rejected
        Assert.Contains("phrases", e.Message);
    }

    [Fact]
    public void Position_lists_are_read_as_fts5_reads_them()
    {
        using var t = Corpus();
        Assert.Equal(["zh-1", "zh-2"], t.Ids("图书馆").Order()); // several instances in a row: the reading is checked
        Assert.Equal(1, ScoringPass.PositionListsReadable);
    }

    /// <summary>Instances after the first: deltas (offset change + 2), and 1 followed by a new column and its first offset.</summary>
    [Theory]
    [InlineData(0, new byte[] { }, new[] { 1, 0, 0 })]
    [InlineData(0, new byte[] { 3, 0x81, 0x00 }, new[] { 3, 0, 0 })] // two more in column 0, the second a two-byte delta
    [InlineData(0, new byte[] { 1, 2, 2, 5 }, new[] { 1, 0, 2 })] // on to column 2: its first offset, then one more
    [InlineData(1, new byte[] { 1, 9, 2 }, new[] { 0, 1, 1 })] // a column out of range is taken as the last, as xPhraseNext does
    public unsafe void Position_lists_give_the_column_of_every_instance(int firstColumn, byte[] rest, int[] expected)
    {
        var counts = new int[3];
        var sink = new ColumnCounter(counts);
        fixed (byte* p = rest)
            PositionList.ForEachInstance(new Fts5Native.PhraseIterator { A = (nint)p, B = (nint)(p + rest.Length) }, firstColumn, 3, ref sink);
        Assert.Equal(expected, counts);
    }

    readonly struct ColumnCounter(int[] counts) : PositionList.IInstanceSink
    {
        public void Add(int column) => counts[column]++;
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
        foreach (var (id, score) in after) AssertClose(expected[rowIds[id]], score);
    }

    [Fact]
    public void The_function_outside_a_search_is_an_error_not_a_crash()
    {
        using var t = Corpus();
        using var c = t.Archive.Database.Connect();
        MatchScorer.For(c);
        var e = Assert.Throws<SqliteException>(() => Command(c, "\"library\"").ExecuteScalar());
        Assert.Contains("search", e.Message);
        Assert.Equal(2, e.SqliteErrorCode);
        Assert.Equal(["en-1", "en-2"], t.Ids("library meeting").Order()); // the connection still works
    }

    [Theory]
    [InlineData(new byte[] { 0x05, 0x00, 0x7F }, 132)]
    [InlineData(new byte[] { 0x81, 0x00 }, 128)]
    [InlineData(new byte[] { 0x81, 0x80, 0x01, 0x02 }, 16385 + 2)]
    [InlineData(new byte[] { }, 0)]
    public void Row_lengths_sum_fts5_varints(byte[] blob, int sum) =>
        Assert.Equal(sum, RowLengths.SumOfVarints(blob));

    /// <summary>Equal to within rounding: the same formula, summed in another order.</summary>
    static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

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
        // FTS5's own bm25() with every column's weight, in column order: what archive_score must equal.
        var weights = string.Join(", ", FtsColumns.All.Select(x => x.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        cmd.CommandText = $"SELECT rowid, bm25(record_fts, {weights}) FROM record_fts WHERE record_fts MATCH $m";
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
