using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Analysis.Chinese;

/// <summary>
/// Taiwan and Hong Kong words meet the mainland's, on both paths: OpenCC's phrase tables (installed
/// here and on CI, as libopencc1.1 and libopencc-data) and the maintained table alone (OpenCC absent).
/// </summary>
public sealed class RegionalVocabularyTests
{
    static readonly ArchiveAnalyzer OpenCc = ArchiveAnalyzer.CreateDefault(regional: RegionalVocabularies.Default());
    static readonly ArchiveAnalyzer Table = ArchiveAnalyzer.CreateDefault(regional: TableRegionalVocabulary.Instance);

    static ArchiveAnalyzer Path(string path) => path == "opencc" ? OpenCc : Table;

    public static TheoryData<string> Paths => ["opencc", "table"];

    static string[] Words(ArchiveAnalyzer a, string text) => a.Chinese.Words(text).Select(t => t.Text).ToArray();

    static string[] Bigrams(ArchiveAnalyzer a, string text) => a.Chinese.Bigrams(text).Select(t => t.Text).ToArray();

    static void Finds(ArchiveAnalyzer a, string query, string record)
    {
        var words = Words(a, record);
        Assert.All(Words(a, query), w => Assert.Contains(w, words));
        var bigrams = Bigrams(a, record);
        Assert.All(Bigrams(a, query), b => Assert.Contains(b, bigrams));
    }

    const string TaiwanRecord = "市立圖書館完成館藏數位化，透過網路提供線上閱覽與列印服務，館員也用視訊軟體為兒童開設英語課，相關資訊公布於官網。";
    const string HongKongRecord = "區內公共圖書館推出網上預約，並把舊報紙數碼化。";
    const string MainlandRecord = "区图书馆推进数字化建设，开通在线阅读和打印服务，少儿读者可在网络上预约。";

    [Fact]
    public void OpenCc_is_loaded_on_this_machine()
    {
        Assert.True(RegionalVocabularies.UsesOpenCc, "libopencc1.1 and libopencc-data should be installed (scripts/test.sh installs them)");
        Assert.StartsWith("opencc", OpenCc.Chinese.Fingerprint.Split('-', 4)[3]);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_simplified_query_finds_a_taiwan_record_through_its_vocabulary(string path)
    {
        foreach (var query in new[] { "数字化", "网络", "在线", "打印", "视频", "软件", "信息", "儿童", "少儿" })
            Finds(Path(path), query, TaiwanRecord);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_simplified_query_finds_a_hong_kong_record(string path)
    {
        Finds(Path(path), "在线预约", HongKongRecord);
        Finds(Path(path), "数字化", HongKongRecord);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_traditional_query_finds_a_mainland_record(string path)
    {
        foreach (var query in new[] { "數位化", "線上", "列印", "網路", "兒童" })
            Finds(Path(path), query, MainlandRecord);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Words_are_replaced_whole_and_never_cut(string path)
    {
        var a = Path(path);
        Assert.Equal(["单位"], Words(a, "單位"));
        // 数位 sits across two words here (most of them are located in): nothing becomes 数字.
        foreach (var text in new[] { "這些單位多數位於市區", "这些单位多数位于市区" })
        {
            var words = Words(a, text);
            Assert.Contains("多数", words);
            Assert.Contains("位于", words);
            Assert.DoesNotContain(Bigrams(a, text), b => b == "数字");
        }
    }

    [Fact]
    public void OpenCc_adds_words_the_table_lacks()
    {
        Finds(OpenCc, "服务器", "新的伺服器上線了");
        Finds(OpenCc, "鼠标", "請用滑鼠操作");
        Assert.DoesNotContain("服务器", Words(Table, "新的伺服器上線了"));
    }

    [Fact]
    public void Archival_words_keep_their_meaning_where_open_cc_would_make_them_computing_terms()
    {
        var words = Words(OpenCc, "國家檔案館開放檔案資料，並播放紀錄影片。");
        Assert.Contains("档案", words);
        Assert.Contains("资料", words);
        Assert.Contains("影片", words);
        Assert.DoesNotContain("文件", words);
        Assert.DoesNotContain("数据", words);
        Assert.DoesNotContain("视频", words);
        // Mainland words that share the characters of a Taiwan computing term stay as they are.
        Assert.Contains("程序", Words(OpenCc, "会议程序公布"));
        Assert.Contains("文字", Words(OpenCc, "古文字研究"));
        Assert.Contains("文件", Words(OpenCc, "下发文件"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Offsets_point_at_the_word_as_written(string path)
    {
        var a = Path(path);
        const string text = "本館推動數位化計畫";
        var digital = a.Chinese.Words(text).Single(t => t.Text == "数字");
        Assert.Equal("數位", text[digital.Start..digital.End]);
        // A replacement of another length (the Internet, four characters to three) marks the whole word.
        const string internet = "透過網際網路查詢";
        var parts = a.Chinese.Words(internet).Where(t => "互联网".Contains(t.Text)).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, t => Assert.Equal("網際網路", internet[t.Start..t.End]));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_highlight_marks_the_traditional_word_a_simplified_query_matched(string path)
    {
        var a = Path(path);
        var terms = new QueryTerms();
        foreach (var t in a.AnalyzeQueryText(TextStream.ChineseWords, "打印")) terms.Add(TextStream.ChineseWords, t.Text);
        var marked = new Highlighter(a).MarkAll("提供線上列印服務", "zh-Hant", terms);
        Assert.Equal("提供線上<mark>列印</mark>服務", marked);
    }

    [Fact]
    public void The_fingerprint_tells_the_two_paths_apart()
    {
        Assert.NotEqual(OpenCc.Fingerprint, Table.Fingerprint);
        Assert.Equal(Table.Fingerprint, ArchiveAnalyzer.CreateDefault(regional: TableRegionalVocabulary.Instance).Fingerprint);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Random_text_and_empty_text_do_not_throw(string path)
    {
        var a = Path(path);
        Assert.Empty(Words(a, ""));
        var random = new Random(16);
        for (int i = 0; i < 300; i++)
        {
            // Half the texts are Han characters only (every one may go to OpenCC), half anything at all.
            var chars = Enumerable.Range(0, random.Next(0, 60))
                .Select(_ => (char)(i % 2 == 0 ? random.Next(0x4E00, 0x9FFF) : random.Next(0, 0xFFFF))).ToArray();
            var text = new string(chars);
            foreach (var t in a.Chinese.Words(text).Concat(a.Chinese.Bigrams(text)))
                Assert.InRange(t.Start, 0, Math.Max(t.End, 0));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_long_text_without_punctuation_is_folded_in_one_pass(string path)
    {
        // Every word starts a list entry and nothing ever ends a run: a search for phrases that looked
        // past the longest entry would take minutes here.
        var text = string.Concat(Enumerable.Repeat("数位网路资讯世界", 12_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.NotEmpty(Words(Path(path), text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Many_threads_at_once_get_what_one_thread_gets()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"第{i}館推動數位化與網路服務，提供線上列印。").ToArray();
        var expected = texts.Select(t => string.Join(" ", Words(OpenCc, t))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i % texts.Length] = string.Join(" ", Words(OpenCc, texts[i % texts.Length])));
        Assert.Equal(expected, actual);
    }
}
