using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;

namespace ArchivePortal.Core.Tests.Analysis;

public class ChineseAnalyzerTests
{
    static readonly ArchiveAnalyzer WithIcu = ArchiveAnalyzer.CreateDefault();
    static readonly ArchiveAnalyzer WithoutIcu = ArchiveAnalyzer.CreateWithoutIcu();

    static string[] Words(ArchiveAnalyzer a, string text) => a.Chinese.Words(text).Select(t => t.Text).ToArray();
    static string[] Bigrams(ArchiveAnalyzer a, string text) => a.Chinese.Bigrams(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Icu_is_loaded_on_this_machine()
    {
        Assert.True(WithIcu.HasChineseSegmenter, "the system ICU should load; Chinese would silently fall back to bigrams");
    }

    [Fact]
    public void Traditional_and_simplified_produce_the_same_tokens()
    {
        Assert.Equal(Words(WithIcu, "国家图书馆"), Words(WithIcu, "國家圖書館"));
        Assert.Equal(Bigrams(WithIcu, "国家图书馆"), Bigrams(WithIcu, "國家圖書館"));
    }

    [Fact]
    public void Icu_segments_words_and_keeps_latin_and_numbers()
    {
        var words = Words(WithIcu, "国家图书馆召开2021年中层干部扩大会议，NLC馆长作报告。");
        Assert.Contains("国家", words);
        Assert.Contains("召开", words);
        Assert.Contains("2021", words);
        Assert.Contains("nlc", words);
        Assert.DoesNotContain("，", words);
        Assert.DoesNotContain("。", words);
    }

    [Fact]
    public void Bigrams_overlap_and_a_lone_character_is_a_unigram()
    {
        Assert.Equal(["国家", "家图", "图书", "书馆"], Bigrams(WithoutIcu, "国家图书馆"));
        Assert.Equal(["馆", "2021", "年"], Bigrams(WithoutIcu, "馆，2021年"));
    }

    [Fact]
    public void Without_icu_words_fall_back_to_bigrams()
    {
        Assert.False(WithoutIcu.HasChineseSegmenter);
        Assert.Equal(["古籍", "籍保", "保护"], Words(WithoutIcu, "古籍保护"));
    }

    [Fact]
    public void Dictionary_words_are_kept_whole()
    {
        var dictionary = new ChineseUserDictionary(["饶权", "施惠芳"]);
        var analyzer = ArchiveAnalyzer.CreateDefault(dictionary);
        var words = Words(analyzer, "饶权馆长和施惠芳出席会议");
        Assert.Contains("饶权", words);
        Assert.Contains("施惠芳", words);
    }

    [Fact]
    public void Offsets_slice_the_original_text_even_after_script_folding()
    {
        var text = "國家圖書館數位化計畫";
        foreach (var t in WithIcu.Chinese.Words(text))
            Assert.Equal(t.Text, WithIcu.Chinese.Fold(text[t.Start..t.End]));
    }

    [Fact]
    public void Random_text_and_empty_text_do_not_throw()
    {
        var random = new Random(7);
        Assert.Empty(Words(WithIcu, ""));
        for (int i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 80)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
            var text = new string(chars);
            _ = Words(WithIcu, text);
            _ = Bigrams(WithIcu, text);
            _ = WithIcu.AnalyzeRecordText("en", text);
            _ = WithIcu.AnalyzeRecordText("vi", text);
        }
    }
}
