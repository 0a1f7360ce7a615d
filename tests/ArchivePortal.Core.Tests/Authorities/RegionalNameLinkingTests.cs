using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// A person from Taiwan or Hong Kong met in a Chinese record and in an English one under a
/// Wade–Giles or Cantonese spelling is one person (issue 16), in whichever order the records
/// come, and whatever the English does with hyphens, apostrophes and the order of the names.
/// </summary>
public class RegionalNameLinkingTests
{
    static AuthorityRegistry Registry() => new([],
        IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);

    static ArchiveRecord Record(string lang, string body) => new()
    {
        Id = "r-" + Guid.NewGuid().ToString("N"), Language = lang, Type = "news", Title = lang == LanguageCodes.English ? "Library news" : "圖書館消息", Body = body,
    };

    static IReadOnlyList<string> Persons(AuthorityRegistry registry, ArchiveRecord record) =>
        new RecordAuthorityExtractor(registry).Extract(record).Links.Persons;

    const string Chinese = "臺北市立圖書館舉行新書發表會，館長周曉雯致詞。";
    const string English = "Director-General Chou Hsiao-wen said the library would open two new branches.";

    [Fact]
    public void An_english_wade_giles_mention_after_the_chinese_record_is_the_same_person()
    {
        var registry = Registry();
        var chinese = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, Chinese)));

        Assert.Equal([chinese], Persons(registry, Record(LanguageCodes.English, English)));
    }

    [Fact]
    public void An_english_record_imported_before_the_chinese_one_is_merged_with_it()
    {
        var registry = Registry();
        var english = Assert.Single(Persons(registry, Record(LanguageCodes.English, English)));
        var chinese = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, Chinese)));

        Assert.Equal(english, chinese);
        var person = registry.Get(AuthorityKinds.Person, chinese)!;
        Assert.Equal("周曉雯", person.Labels["zh"]);
        Assert.Equal("Chou Hsiao-wen", person.Labels["en"]);
    }

    [Theory]
    [InlineData("The talk was given by Chou Hsiao-wen of the city library.")]
    [InlineData("The talk was given by Chou Hsiao wen of the city library.")]
    [InlineData("The talk was given by Chou Hsiaowen of the city library.")]
    [InlineData("The talk was given by Hsiao-Wen Chou of the city library.")]
    [InlineData("The talk was given by CHOU HSIAO-WEN of the city library.")]
    public void Hyphens_case_and_the_order_of_the_names_do_not_matter(string body)
    {
        var registry = Registry();
        var chinese = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, Chinese)));

        Assert.Equal([chinese], Persons(registry, Record(LanguageCodes.English, body)));
    }

    [Fact]
    public void An_apostrophe_of_aspiration_does_not_matter()
    {
        var registry = Registry();
        // 邱清華: Ch'iu Ch'ing-hua in Wade–Giles, mostly written Chiu Ching-hua.
        var chinese = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "館長邱清華出席。")));

        Assert.Equal([chinese], Persons(registry, Record(LanguageCodes.English, "A speech by Ch'iu Ch'ing-hua opened the day.")));
        Assert.Equal([chinese], Persons(registry, Record(LanguageCodes.English, "A speech by Chiu Ching-hua closed the day.")));
    }

    [Fact]
    public void A_hong_kong_cantonese_spelling_links_to_the_traditional_record()
    {
        var registry = Registry();
        var chinese = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "香港公共圖書館總館長陳大文介紹新服務。")));

        Assert.Equal([chinese], Persons(registry, Record(LanguageCodes.English, "Chan Tai-man, the chief librarian in charge of the branches, said more stations would follow.")));
    }

    [Fact]
    public void Two_chinese_names_with_one_romanization_stay_two_people()
    {
        var registry = Registry();
        var first = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "館長王大文出席。")));
        // 黃大文 is also Wong Tai-man in Hong Kong (Huang Dawen in pinyin), but another person.
        var second = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "館長黃大文出席。")));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_two_character_name_is_not_found_in_ordinary_english_words()
    {
        var registry = Registry();
        Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "館長何文出席。")));

        Assert.Empty(Persons(registry, Record(LanguageCodes.English, "Visitors to Ho Man Tin can borrow books at the new station.")));
    }
}
