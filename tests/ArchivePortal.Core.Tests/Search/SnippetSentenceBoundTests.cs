using System.Net;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Search;

/// <summary>
/// The snippet of a Simplified Chinese record passes over the sentences that cannot have more of
/// the query's words than the best so far, judged by their characters: a sentence with the words
/// in Traditional characters, or in a regional word folded into the query's (少儿 is 儿童), is
/// still the snippet when it has the most words (on both regional vocabulary paths); so is a
/// Vietnamese sentence with the words in capitals, or written without the diacritics typed.
/// </summary>
public sealed class SnippetSentenceBoundTests
{
    static readonly ArchiveAnalyzer OpenCc = ArchiveAnalyzer.CreateDefault(regional: RegionalVocabularies.Default());
    static readonly ArchiveAnalyzer Table = ArchiveAnalyzer.CreateDefault(regional: TableRegionalVocabulary.Instance);

    public static TheoryData<string> Paths => ["opencc", "table"];

    static string Snippet(string path, string query, string body)
    {
        var analyzer = path == "opencc" ? OpenCc : Table;
        var terms = new QueryTerms();
        foreach (var word in query.Split(' '))
            foreach (var t in analyzer.AnalyzeQueryText(TextStream.ChineseWords, word)) terms.Add(TextStream.ChineseWords, t.Text);
        return WebUtility.HtmlDecode(new Highlighter(analyzer).Snippet(body, "zh", terms, 200));
    }

    /// <summary>A Vietnamese snippet for the words' syllables in one stream (pairs of a run, as the planner gives them).</summary>
    static string VietnameseSnippet(TextStream stream, string query, string body)
    {
        var terms = new QueryTerms();
        foreach (var t in OpenCc.AnalyzeQueryText(stream, query)) terms.Add(stream, t.Text);
        return WebUtility.HtmlDecode(new Highlighter(OpenCc).Snippet(body, "vi", terms, 200));
    }

    const string OneVietnameseWordOften = "Thư viện, thư viện, thư viện, thư viện, thư viện, thư viện, thư viện, thư viện.";
    static readonly string VietnameseFiller = string.Concat(Enumerable.Repeat(" Hôm nay trời đẹp và mọi người vui vẻ.", 8));

    [Theory]
    [InlineData(TextStream.VietnameseExact, "thư viện số")]
    [InlineData(TextStream.VietnameseFolded, "thu vien so")]
    public void A_Vietnamese_sentence_with_the_words_in_capitals_is_the_snippet(TextStream stream, string query)
    {
        var snippet = VietnameseSnippet(stream, query, OneVietnameseWordOften + VietnameseFiller + " THƯ VIỆN SỐ tỉnh khai trương." + VietnameseFiller);
        Assert.StartsWith("…<mark>THƯ VIỆN SỐ</mark> tỉnh khai trương.", snippet);
    }

    // The first sentence has one of the words, many times: a later sentence needs both words to beat it.
    const string OneWordOften = "阅读，阅读，阅读，阅读，阅读，阅读，阅读，阅读，阅读，阅读，阅读，阅读。";
    static readonly string Filler = string.Concat(Enumerable.Repeat("今天天气很好，大家都很高兴。", 8));

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_sentence_with_the_words_in_Traditional_characters_is_the_snippet(string path)
    {
        var snippet = Snippet(path, "阅读 推广", OneWordOften + Filler + "本館閱讀推廣季開幕。" + Filler);
        Assert.StartsWith("…本館<mark>閱讀推廣</mark>季開幕。", snippet); // adjacent marks are one
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_sentence_with_a_word_folded_into_the_query_word_is_the_snippet(string path)
    {
        var snippet = Snippet(path, "儿童 阅读", OneWordOften + Filler + "少儿阅读推广季开幕。" + Filler);
        Assert.StartsWith("…<mark>少儿阅读</mark>推广季开幕。", snippet);
    }
}
