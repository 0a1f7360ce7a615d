using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// Persons in Traditional Chinese records (issue 16): the title patterns read the text folded to
/// Simplified, the person keeps the name as the record wrote it, and the two scripts of one name
/// are one person. Real ICU, as the portal loads it.
/// </summary>
public class TraditionalChinesePersonTests
{
    static AuthorityRegistry Registry() => new([],
        IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);

    static ArchiveRecord Record(string lang, string title, string body) => new()
    {
        Id = "r-" + Guid.NewGuid().ToString("N"), Language = lang, Type = "news", Title = title, Body = body,
    };

    static List<Authority> Persons(AuthorityRegistry registry, ArchiveRecord record) =>
        new RecordAuthorityExtractor(registry).Extract(record).Links.Persons.Select(id => registry.Get(AuthorityKinds.Person, id)!).ToList();

    [Theory]
    [InlineData("臺中市立圖書館舉行開幕典禮，館長邱清華致詞並介紹新館。")]           // the title before the name
    [InlineData("開幕典禮由臺中市立圖書館邱清華館長主持，來賓踴躍。")]               // the name before the title, after its library
    [InlineData("邱清華館長表示，新館將於明年全面開放。")]                           // the name before the title, starting the sentence
    [InlineData("香港中央圖書館總館長邱清華介紹新的自助服務。")]                     // a longer title ending in 館長
    public void A_traditional_record_files_the_person_its_title_names_in_traditional_characters(string body)
    {
        var registry = Registry();
        var person = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "新館開幕", body)));

        Assert.Equal("邱清華", person.Labels["zh"]);
        Assert.Equal("Qiu Qinghua", person.Labels["en"]);
    }

    [Fact]
    public void The_traditional_and_the_simplified_spelling_of_a_name_are_one_person()
    {
        var registry = Registry();
        var traditional = Assert.Single(Persons(registry, Record(LanguageCodes.TraditionalChinese, "閱讀推廣", "館長周曉雯出席活動。")));
        var simplified = Assert.Single(Persons(registry, Record(LanguageCodes.Chinese, "阅读推广", "馆长周晓雯出席活动。")));

        Assert.Equal(traditional.Id, simplified.Id);
    }

    [Fact]
    public void A_name_followed_by_serves_as_ends_before_it()
    {
        var person = Assert.Single(Persons(Registry(), Record(LanguageCodes.TraditionalChinese, "規劃", "成立由館長邱靜任組長的領導小組。")));

        Assert.Equal("邱靜", person.Labels["zh"]);
    }

    [Theory]
    [InlineData("本館常務副館長出席會議。")]       // which holder, not who
    [InlineData("他曾任館長多年。")]               // 曾 as "once", inside a sentence
    [InlineData("市委副書記任組長，秘書長任副組長。")] // 任 as "serves as"
    public void Words_around_a_title_that_are_not_a_name_file_no_person(string body)
    {
        Assert.Empty(Persons(Registry(), Record(LanguageCodes.TraditionalChinese, "會議", body)));
    }
}
