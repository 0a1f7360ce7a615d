using System.Text;
using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class IcuTransliteratorTests : IDisposable
{
    internal const string TraditionalToSimplified = "Traditional-Simplified";
    internal const string Pinyin = "Han-Latin; Latin-ASCII";

    readonly IcuTransliterator simplify = Create(TraditionalToSimplified);
    readonly IcuTransliterator pinyin = Create(Pinyin);

    public void Dispose()
    {
        simplify.Dispose();
        pinyin.Dispose();
    }

    internal static IcuTransliterator Create(string id)
    {
        Assert.True(IcuLibrary.IsAvailable, IcuLibrary.UnavailableReason);
        return IcuTransliterator.TryCreate(id) ?? throw new InvalidOperationException("ICU is available but TryCreate gave null");
    }

    [Fact]
    public void Traditional_characters_become_simplified()
    {
        // Characters, not vocabulary: 數位化 becomes 数位化, not the mainland word 数字化.
        Assert.Equal("国家图书馆数位化计划与古籍保护", simplify.Transliterate("國家圖書館數位化計畫與古籍保護"));
    }

    [Theory]
    [InlineData("霍瑞娟", "huo rui juan")]
    [InlineData("张志清", "zhang zhi qing")]
    [InlineData("饶权", "rao quan")]
    [InlineData("陈樱", "chen ying")]
    [InlineData("国家图书馆", "guo jia tu shu guan")]
    public void Han_Latin_gives_toneless_pinyin_syllables_separated_by_spaces(string han, string expected)
    {
        Assert.Equal(expected, pinyin.Transliterate(han));
    }

    [Theory]
    [InlineData("饶权，馆长。", "rao quan, guan zhang.")] // a space before a syllable after punctuation
    [InlineData("饶权 馆长", "rao quan guan zhang")]      // but none added after a space
    [InlineData("2021年", "2021nian")]                   // and none after a digit
    [InlineData("Thư viện Quốc gia", "Thu vien Quoc gia")] // Latin-ASCII removes diacritics
    public void Han_Latin_spacing_next_to_other_characters(string text, string expected)
    {
        Assert.Equal(expected, pinyin.Transliterate(text));
    }

    [Fact]
    public void Results_much_longer_than_the_input_are_complete()
    {
        // 2,000 syllables of 7 characters each: the first buffer (4 per character) overflows,
        // and ICU's U_BUFFER_OVERFLOW_ERROR makes the call retry with the reported length.
        var text = new string('庄', 2000);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("zhuang", 2000)), pinyin.Transliterate(text));
    }

    [Fact]
    public void Unchanged_text_comes_back_as_the_same_instance()
    {
        const string text = "国家图书馆 NLC 2021";

        Assert.Same(text, simplify.Transliterate(text));
        Assert.Equal(text, simplify.Transliterate(text.AsSpan()));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", simplify.Transliterate(""));
        Assert.Equal("", pinyin.Transliterate(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_megabyte_of_text_is_transliterated_in_linear_time()
    {
        // One in-place ICU call over this much text takes minutes; pieces take well under one.
        const string sentence = "國家圖書館數位化計畫與古籍保護，饶权馆长作主题报告。\n";
        const string expected = "国家图书馆数位化计划与古籍保护，饶权馆长作主题报告。\n";
        var repeats = (1 << 20) / sentence.Length;

        var result = simplify.Transliterate(string.Concat(Enumerable.Repeat(sentence, repeats)));

        Assert.Equal(string.Concat(Enumerable.Repeat(expected, repeats)), result);
    }

    [Fact]
    public void Long_pinyin_is_the_same_in_pieces_as_in_one_call()
    {
        // Cut after every space or newline; one call over the whole text is the reference.
        var text = string.Concat(Enumerable.Repeat("饶权馆长作主题报告，“国家”图书馆（NLC）2021年 霍瑞娟\n陈樱 Thư viện Quốc gia. ", 40));
        using var inPieces = IcuTransliterator.TryCreate(Pinyin, new TransliterationChunks(Target: 1, Max: 1 << 20))!;
        using var whole = IcuTransliterator.TryCreate(Pinyin, new TransliterationChunks(Target: 1 << 20, Max: 1 << 20))!;

        Assert.Equal(whole.Transliterate(text), inPieces.Transliterate(text));
    }

    [Fact]
    public void Traditional_Simplified_is_the_same_cut_anywhere()
    {
        // A character mapping: even hard cuts every few characters change nothing.
        var text = string.Concat(Enumerable.Repeat("國家圖書館數位化計畫與古籍保護，兒童閱讀推廣𠀀。", 30));
        using var inPieces = IcuTransliterator.TryCreate(TraditionalToSimplified, new TransliterationChunks(Target: 3, Max: 5))!;

        Assert.Equal(simplify.Transliterate(text), inPieces.Transliterate(text));
    }

    [Fact]
    public void Unknown_transform_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentException>(() => IcuTransliterator.TryCreate("No-Such-Transform"));

        var icu = Assert.IsType<IcuException>(error.InnerException);
        Assert.True(icu.ErrorCode > 0);
        Assert.StartsWith("U_", icu.ErrorName);
    }
}
