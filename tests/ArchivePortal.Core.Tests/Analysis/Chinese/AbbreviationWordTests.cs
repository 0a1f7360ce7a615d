using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;

namespace ArchivePortal.Core.Tests.Analysis.Chinese;

/// <summary>
/// An abbreviation of two characters in the tokenizer's dictionary (国图) is kept whole where it
/// is a word, and not cut out of another word that holds its characters (全国图书馆 is 全国 +
/// 图书馆): otherwise a search for the abbreviation finds every national library network.
/// </summary>
public class AbbreviationWordTests
{
    static readonly ArchiveAnalyzer Analyzer = ArchiveAnalyzer.CreateDefault(new ChineseUserDictionary(["国图", "上图", "饶权"]));

    static string[] Words(string text) => Analyzer.Chinese.Words(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("国图举办古籍展览", "国图")]
    [InlineData("與國圖合作", "国图")]
    [InlineData("上图推出讲座", "上图")]
    [InlineData("馆长饶权主持论坛", "饶权")]
    public void An_abbreviation_standing_as_a_word_stays_whole(string text, string word) => Assert.Contains(word, Words(text));

    [Theory]
    [InlineData("全国图书馆界代表交流经验")]
    [InlineData("全國圖書館聯盟")]
    public void An_abbreviation_is_not_cut_out_of_another_word(string text) => Assert.DoesNotContain("国图", Words(text));

    [Theory]
    [InlineData("")]
    [InlineData("国")]
    [InlineData("国图")]
    [InlineData("全国图")]
    [InlineData("\uD800国图\uDC00全国图书馆\uFFFF")]
    public void Short_and_odd_text_is_segmented_without_failing(string text) => Assert.NotNull(Words(text));
}
