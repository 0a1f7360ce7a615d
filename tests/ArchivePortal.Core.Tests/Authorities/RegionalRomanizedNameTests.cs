using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Authorities.Romanization;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// The Wade–Giles and Hong Kong Cantonese spellings of Chinese names (issue 16): the standard
/// syllable table, the Hong Kong conventions, and the aliases a three-character name gets.
/// </summary>
public class RegionalRomanizedNameTests
{
    static RegionalRomanizedNames Names() => new(IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);

    [Theory]
    [InlineData("zhou", "chou")]
    [InlineData("zeng", "tseng")]
    [InlineData("xian", "hsien")]
    [InlineData("qing", "ching")]   // ch'ing, written without the apostrophe
    [InlineData("guo", "kuo")]
    [InlineData("jiang", "chiang")]
    [InlineData("xue", "hsueh")]    // hsüeh
    [InlineData("zhi", "chih")]
    [InlineData("si", "ssu")]
    [InlineData("ri", "jih")]
    [InlineData("rong", "jung")]
    [InlineData("gui", "kuei")]
    [InlineData("yan", "yen")]
    [InlineData("de", "te")]
    public void Pinyin_syllables_have_their_standard_wade_giles_spelling(string pinyin, string wadeGiles) =>
        Assert.Equal(wadeGiles, WadeGiles.Syllable(pinyin));

    [Fact]
    public void The_table_covers_every_pinyin_syllable_and_nothing_else()
    {
        Assert.Null(WadeGiles.Syllable("xyz"));
        Assert.All(new[] { "a", "er", "nue", "lue", "chuang", "shuai", "zhuan", "hm" }, s => Assert.NotNull(WadeGiles.Syllable(s)));
    }

    [Theory]
    [InlineData("lei", "lee")]
    [InlineData("zi", "tsz")]
    [InlineData("zeon", "chun")]
    [InlineData("can", "chan")]
    [InlineData("zoeng", "cheung")]
    [InlineData("zang", "tsang")]
    [InlineData("ceoi", "tsui")]
    [InlineData("jyun", "yuen")]
    [InlineData("gwok", "kwok")]
    [InlineData("ng", "ng")]
    public void Cantonese_syllables_are_spelled_as_hong_kong_writes_names(string jyutping, string usual) =>
        Assert.Equal(usual, HongKongRomanization.Spellings(jyutping)[0]);

    [Fact]
    public void A_cantonese_syllable_also_gets_its_common_other_spellings()
    {
        Assert.Equal(["tsz", "chi"], HongKongRomanization.Spellings("zi"));
        Assert.Contains("shum", HongKongRomanization.Spellings("sam")); // 岑 Shum beside 森 Sam
        Assert.Contains("lei", HongKongRomanization.Spellings("lei"));
    }

    [Fact]
    public void A_three_character_name_gets_wade_giles_and_cantonese_spellings_in_both_orders()
    {
        var names = Names().Of("周曉雯").ToList();
        Assert.Contains("Chou Hsiao-wen", names);
        Assert.Contains("Hsiao-wen Chou", names);

        var hongKong = Names().Of("陳大文").ToList();
        Assert.Contains("Chan Tai-man", hongKong);
        Assert.Contains("Tai-man Chan", hongKong);
        Assert.Contains("Cheung Chi-ming", Names().Of("張志明"));
    }

    [Fact]
    public void The_spellings_of_a_name_are_capped()
    {
        // Characters with two readings and syllables with several spellings multiply: the first few are kept.
        Assert.True(Names().Of("曾子仔").Count() <= 4 * (1 + RegionalRomanizedNames.MaxCantonese));
    }

    [Theory]
    [InlineData("何文")]       // two characters: Ho Man is too easily two English words
    [InlineData("國家圖書館")] // not a personal name
    [InlineData("张志明")]     // Simplified: a mainland name keeps pinyin
    [InlineData("Chan")]
    [InlineData("")]
    public void Other_names_get_no_regional_spelling(string name) => Assert.Empty(Names().Of(name));

    [Fact]
    public void Hostile_input_never_throws()
    {
        var random = new Random(16);
        var names = Names();
        Func<string, string> fold = IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate;
        string[] pieces = ["館長", "馆长", "Dr ", "Director-General ", "-", "'", "\u2019", "\uD800", "\uFFFE", "曾", "淑", "賢", " ", "A", "z", "𠀀", "\0"];
        for (int i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            _ = names.Of(text).ToList();
            _ = PersonNamePatterns.Find(text, fold).ToList();
            _ = HongKongRomanization.Spellings(text.ToLowerInvariant());
            _ = WadeGiles.Syllable(text);
            _ = HyphenatedNameOrder.SurnameFirst(text);
        }
    }
}
