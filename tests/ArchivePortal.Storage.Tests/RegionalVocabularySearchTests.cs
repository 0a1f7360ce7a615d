using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Search;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>Taiwan and mainland vocabulary meet through the real store and index, with OpenCC and without it.</summary>
public sealed class RegionalVocabularySearchTests
{
    static ArchiveAnalyzer Analyzer(string path) => ArchiveAnalyzer.CreateDefault(
        regional: path == "opencc" ? RegionalVocabularies.Default() : TableRegionalVocabulary.Instance);

    public static TheoryData<string> Paths => ["opencc", "table"];

    static TempArchive Corpus(string path) => new TempArchive(Analyzer(path)).With(
        Record("taiwan", "zh-Hant", "市立圖書館推動館藏數位化", "館方透過網路提供線上閱覽與列印服務，相關資訊公布於官網。", "2024-05-02", "某市立圖書館"),
        Record("mainland", "zh", "区图书馆数字化建设提速", "区图书馆开通在线阅读和打印服务，少儿读者可在网络上预约。", "2024-06-11", "某区图书馆"),
        Record("other", "zh", "区档案馆召开工作会议", "会议总结了上半年的档案工作。", "2024-07-01", "某区档案馆", "meeting"));

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_simplified_query_finds_the_taiwan_record_and_a_traditional_query_the_mainland_one(string path)
    {
        using var t = Corpus(path);
        Assert.Contains("taiwan", t.Ids("数字化"));
        Assert.Contains("taiwan", t.Ids("在线 打印"));
        Assert.Contains("taiwan", t.Ids("信息"));
        Assert.Contains("mainland", t.Ids("數位化"));
        Assert.Contains("mainland", t.Ids("線上 列印"));
        Assert.DoesNotContain("other", t.Ids("數位化"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_snippet_marks_the_taiwan_word_as_written(string path)
    {
        using var t = Corpus(path);
        var hit = t.Archive.Index.Search(new SearchRequest { Query = "打印" }).Hits.Single(h => h.Id == "taiwan");
        Assert.Contains("<mark>列印</mark>", hit.SnippetHtml);
    }

    [Fact]
    public void An_index_built_with_open_cc_is_rebuilt_when_opened_without_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), "archive-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "archive.db");
        List<string> Ids(Archive a, string q) => a.Index.Search(new SearchRequest { Query = q }).Hits.Select(h => h.Id).ToList();
        try
        {
            // 伺服器 → 服务器 comes from OpenCC's table only; the maintained table leaves it as written.
            using (var withOpenCc = Archive.Open(db, Analyzer("opencc")))
            {
                withOpenCc.Store.Upsert([Record("server", "zh-Hant", "新的伺服器上線", "館方啟用新的伺服器。")]);
                Assert.Equal(["server"], Ids(withOpenCc, "服务器"));
            }
            using var withoutOpenCc = Archive.Open(db, Analyzer("table"));
            Assert.True(withoutOpenCc.Store.NeedsReindex());
            Assert.Empty(Ids(withoutOpenCc, "服务器"));
            Assert.Equal(["server"], Ids(withoutOpenCc, "伺服器"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
