using System.Text;
using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class IcuWordBreakerTests : IDisposable
{
    readonly IcuWordBreaker breaker = CreateBreaker();

    public void Dispose() => breaker.Dispose();

    internal static IcuWordBreaker CreateBreaker()
    {
        Assert.True(IcuLibrary.IsAvailable, IcuLibrary.UnavailableReason);
        return IcuWordBreaker.TryCreate() ?? throw new InvalidOperationException("ICU is available but TryCreate gave null");
    }

    string[] WordsOf(string text) => breaker.Words(text).Select(w => w.TextIn(text)).ToArray();

    [Fact]
    public void Chinese_sentence_is_segmented_as_the_recipe_says()
    {
        const string text = "国家图书馆召开2021年中层干部扩大会议，饶权馆长作主题报告。";

        var words = breaker.Words(text);

        // ICU splits names (饶/权) and some compounds (图书/馆): hence bigrams and the authority dictionary.
        Assert.Equal(
            ["国家", "图书", "馆", "召开", "2021", "年", "中层", "干部", "扩大", "会议", "饶", "权", "馆", "长", "作", "主题", "报告"],
            words.Select(w => text.Substring(w.Start, w.End - w.Start)));
        Assert.All(words.Where(w => w.TextIn(text) != "2021"), w => Assert.True(w.IsIdeographic, w.ToString()));
        Assert.True(words[4].IsNumber);
        Assert.Equal(new WordSpan(7, 11, 100), words[4]);
    }

    [Fact]
    public void Latin_and_digits_inside_Chinese_are_words_of_their_own()
    {
        const string text = "NLC2021年COVID-19疫情期间，e-books和3.14%增长";

        var words = breaker.Words(text);

        Assert.Equal(["NLC2021", "年", "COVID", "19", "疫", "情", "期间", "e", "books", "和", "3.14", "增长"],
            words.Select(w => w.TextIn(text)));
        // Letters followed by digits form one word, and ICU gives it the number status.
        Assert.True(words[0].IsNumber);
        Assert.True(words[2].IsLetter);
        Assert.True(words[3].IsNumber);
    }

    [Fact]
    public void English_text_is_split_into_words_without_spaces_or_punctuation()
    {
        Assert.Equal(
            ["The", "National", "Library", "of", "China's", "2021", "report", "e", "books", "U.S", "libraries", "3.5", "million", "items"],
            WordsOf("The National Library of China's 2021 report: e-books, U.S. libraries & 3.5 million items."));
    }

    [Fact]
    public void Vietnamese_text_is_split_into_syllables()
    {
        const string text = "Thư viện Quốc gia Việt Nam tổ chức hội nghị năm 2021.";

        var words = breaker.Words(text);

        Assert.Equal(["Thư", "viện", "Quốc", "gia", "Việt", "Nam", "tổ", "chức", "hội", "nghị", "năm", "2021"],
            words.Select(w => w.TextIn(text)));
        Assert.All(words.Take(11), w => Assert.True(w.IsLetter));
    }

    [Fact]
    public void Decomposed_Vietnamese_keeps_combining_marks_inside_the_word()
    {
        var composed = "Thư viện Quốc gia Việt Nam";
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        var words = breaker.Words(decomposed).Select(w => w.TextIn(decomposed).Normalize(NormalizationForm.FormC));

        Assert.Equal(WordsOf(composed), words);
    }

    [Fact]
    public void Empty_and_wordless_text_give_no_words()
    {
        Assert.Empty(breaker.Words(""));
        Assert.Empty(breaker.Words(" \t\n，。!?"));
    }

    [Fact]
    public void A_megabyte_of_text_is_segmented_whole()
    {
        const string sentence = "国家图书馆召开2021年中层干部扩大会议，饶权馆长作主题报告。 ";
        var text = new StringBuilder(1 << 20);
        while (text.Length + sentence.Length <= 1 << 20) text.Append(sentence);
        var repeats = text.Length / sentence.Length;

        var words = breaker.Words(text.ToString());

        Assert.Equal(17 * repeats, words.Count);
        Assert.Equal(text.Length - 2, words[^1].End); // the last word, 报告, ends before "。 "
    }

    [Fact]
    public void Spans_can_be_read_back_from_a_span_of_the_text()
    {
        ReadOnlySpan<char> text = "xx饶权馆长xx".AsSpan(2, 4);

        var words = breaker.Words(text);

        Assert.Equal("饶", words[0].In(text).ToString());
        Assert.Equal(new WordSpan(0, 1, 400), words[0]);
        Assert.Equal(1, words[0].Length);
    }

    [Fact]
    public void A_disposed_breaker_refuses_work()
    {
        var disposed = CreateBreaker();
        disposed.Dispose();

        Assert.Throws<ObjectDisposedException>(() => disposed.Words("国家"));
    }
}
