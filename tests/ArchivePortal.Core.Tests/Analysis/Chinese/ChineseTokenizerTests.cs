using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Tests.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.Chinese;

public class ChineseTokenizerTests
{
    static readonly ChineseScriptFolding NoFolding = new(null);
    static readonly ChineseUserDictionary Dictionary = new(["国家图书馆", "饶权"]);

    static Lucene.Net.Analysis.Analyzer Words(IChineseWordSegmenter? segmenter, ChineseUserDictionary? dictionary = null) =>
        TokenStreamAssert.Of(r => new ChineseWordTokenizer(r, NoFolding, segmenter, dictionary ?? ChineseUserDictionary.Empty));

    static readonly Lucene.Net.Analysis.Analyzer Bigrams = TokenStreamAssert.Of(r => new HanBigramTokenizer(r, NoFolding));

    [Fact]
    public void Bigrams_overlap_with_their_offsets()
    {
        TokenStreamAssert.Tokens(Bigrams, "国家图书馆，NLC 馆",
            new("国家", 0, 2), new("家图", 1, 3), new("图书", 2, 4), new("书馆", 3, 5), new("NLC", 6, 9), new("馆", 10, 11));
    }

    [Fact]
    public void Without_a_segmenter_dictionary_words_are_whole_and_the_rest_is_bigrams()
    {
        TokenStreamAssert.Tokens(Words(null, Dictionary), "饶权在国家图书馆讲话",
            new("饶权", 0, 2), new("在", 2, 3), new("国家图书馆", 3, 8), new("讲话", 8, 10));
    }

    [Fact]
    public void Regional_vocabulary_is_folded_in_a_run_of_han_characters()
    {
        var folding = new ChineseScriptFolding(null);
        Assert.Equal("数字化网络", folding.Fold("数位化网路"));
    }

    public static TheoryData<string> Segmenters => [IcuChineseSegmenter.Key, SmartCnChineseSegmenter.Key];

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void Both_segmenters_keep_a_dictionary_word_whole(string name)
    {
        var withDictionary = ArchiveAnalyzer.CreateDefault(Dictionary, chineseSegmenter: name);
        var without = ArchiveAnalyzer.CreateDefault(chineseSegmenter: name);
        Assert.Contains(name, withDictionary.Fingerprint);
        var words = withDictionary.Chinese.Words("国家图书馆召开会议").ToList();
        Assert.Equal(("国家图书馆", 0, 5, 1), (words[0].Text, words[0].Start, words[0].End, words[0].PositionIncrement));
        Assert.Contains("召开", words.Select(w => w.Text));
        Assert.DoesNotContain("国家图书馆", without.Chinese.Words("国家图书馆召开会议").Select(w => w.Text));
        // Traditional script folds first, so the dictionary word is found in it too.
        Assert.Equal(words.Select(w => w.Text), withDictionary.Chinese.Words("國家圖書館召開會議").Select(w => w.Text));
    }

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void Segmenters_give_words_latin_and_numbers_but_no_punctuation(string name)
    {
        var analyzer = ArchiveAnalyzer.CreateDefault(chineseSegmenter: name);
        var words = analyzer.Chinese.Words("国家图书馆召开2021年会议，ＮＬＣ馆长作报告。").ToList();
        Assert.Contains("2021", words.Select(w => w.Text));
        Assert.Contains("会议", words.Select(w => w.Text));
        Assert.DoesNotContain(words, w => w.Text is "，" or "。");
        // Tokens are slices of our folded text: SmartCn's own half-width rewriting does not leak in.
        var nlc = words.Single(w => w.Text.Equals("ｎｌｃ", StringComparison.Ordinal));
        Assert.Equal((15, 18), (nlc.Start, nlc.End));
    }

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void Random_and_empty_text(string name)
    {
        var analyzer = ArchiveAnalyzer.CreateDefault(Dictionary, chineseSegmenter: name);
        TokenStreamAssert.RandomTextIsHandled(analyzer.For(TextStream.ChineseWords));
        TokenStreamAssert.RandomTextIsHandled(analyzer.For(TextStream.ChineseBigrams));
        TokenStreamAssert.RandomTextIsHandled(Words(null, Dictionary));
    }

    [Fact]
    public void An_unknown_segmenter_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => ArchiveAnalyzer.CreateDefault(chineseSegmenter: "jieba"));
        Assert.Contains("jieba", error.Message);
    }
}
