using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// Authorities found at import are labelled in every UI language (issue 15, item 1): a Chinese
/// person also by pinyin, a Vietnamese name with its diacritics, an institution by the one name
/// it was found under. Real ICU, as the portal loads it.
/// </summary>
public class ProvisionalLabelTests
{
    static AuthorityRegistry Registry(params Authority[] known) => new(known,
        IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);

    static ArchiveRecord Record(string lang, string title, string body, string? institution = null, params string[] persons) => new()
    {
        Id = "r-" + Guid.NewGuid().ToString("N"), Language = lang, Type = "news", Title = title, Body = body,
        Institution = institution, Persons = persons,
    };

    static Authority Filed(AuthorityRegistry registry, ArchiveRecord record, string kind, Func<RecordAuthorities, IReadOnlyList<string>> ids)
    {
        var (links, _) = new RecordAuthorityExtractor(registry).Extract(record);
        return registry.Get(kind, Assert.Single(ids(links)))!;
    }

    [Theory]
    [InlineData("徐明", "Xu Ming")]
    [InlineData("饶权", "Rao Quan")]
    [InlineData("霍瑞娟", "Huo Ruijuan")]
    [InlineData("曾蓉", "Zeng Rong")] // 曾 as a surname is Zeng, not ceng
    public void A_chinese_person_found_at_import_is_labelled_by_pinyin_in_english_and_vietnamese(string name, string pinyin)
    {
        var registry = Registry();
        var person = Filed(registry, Record("zh", "会议", "会议召开。", null, name), AuthorityKinds.Person, l => l.Persons);

        Assert.Equal(name, person.Labels["zh"]);
        Assert.Equal(pinyin, person.Labels["en"]);
        Assert.Equal(pinyin, person.Labels["vi"]);
        Assert.True(person.Provisional);
    }

    [Fact]
    public void A_vietnamese_name_keeps_its_diacritics_in_every_language_even_when_an_english_text_drops_them()
    {
        var registry = Registry();
        var person = Filed(registry, Record("vi", "Hội nghị", "Hội nghị tổng kết.", null, "Kiều Thúy Nga"), AuthorityKinds.Person, l => l.Persons);
        Assert.All(ProvisionalLabels.Languages, l => Assert.Equal("Kiều Thúy Nga", person.Labels[l]));

        var again = Filed(registry, Record("en", "Meeting", "A meeting.", null, "Kieu Thuy Nga"), AuthorityKinds.Person, l => l.Persons);

        Assert.Equal(person.Id, again.Id);
        Assert.All(ProvisionalLabels.Languages, l => Assert.Equal("Kiều Thúy Nga", again.Labels[l]));
        Assert.Contains("Kieu Thuy Nga", again.Aliases);
    }

    [Fact]
    public void The_name_with_diacritics_replaces_one_without_them_when_it_comes_later()
    {
        var registry = Registry();
        Filed(registry, Record("en", "Meeting", "A meeting.", null, "Kieu Thuy Nga"), AuthorityKinds.Person, l => l.Persons);

        var person = Filed(registry, Record("vi", "Hội nghị", "Hội nghị tổng kết.", null, "Kiều Thúy Nga"), AuthorityKinds.Person, l => l.Persons);

        Assert.All(ProvisionalLabels.Languages, l => Assert.Equal("Kiều Thúy Nga", person.Labels[l]));
    }

    [Fact]
    public void An_institution_found_in_one_language_is_labelled_by_that_name_everywhere()
    {
        var registry = Registry();
        var institution = Filed(registry, Record("zh", "宁波图书馆举办讲座", "讲座举行。", "宁波市图书馆"), AuthorityKinds.Institution, l => l.Institutions);

        Assert.All(ProvisionalLabels.Languages, l => Assert.Equal("宁波市图书馆", institution.Labels[l]));
    }

    [Fact]
    public void A_chinese_name_met_after_its_pinyin_becomes_the_chinese_label()
    {
        var registry = Registry();
        var first = Filed(registry, Record("en", "Meeting", "A meeting.", null, "Xu Ming"), AuthorityKinds.Person, l => l.Persons);
        Assert.Equal("Xu Ming", first.Labels["zh"]);

        var person = Filed(registry, Record("zh", "会议", "会议召开。", null, "徐明"), AuthorityKinds.Person, l => l.Persons);

        Assert.Equal(first.Id, person.Id);
        Assert.Equal("徐明", person.Labels["zh"]);
        Assert.Equal("Xu Ming", person.Labels["en"]);
    }

    [Fact]
    public void A_provisional_authority_labelled_in_one_language_gets_the_others_when_filed_again()
    {
        var old = new Authority
        {
            Id = "p-old", Kind = AuthorityKinds.Person, Provisional = true,
            Labels = new Dictionary<string, string> { ["zh"] = "徐明" },
        };
        var registry = Registry(old);

        var person = Filed(registry, Record("zh", "会议", "会议召开。", null, "徐明"), AuthorityKinds.Person, l => l.Persons);

        Assert.Equal("Xu Ming", person.Labels["en"]);
        Assert.Equal("Xu Ming", person.Labels["vi"]);
    }

    [Fact]
    public void Without_icu_a_chinese_name_is_shown_as_written_in_every_language()
    {
        var registry = new AuthorityRegistry([], null, null);
        var person = Filed(registry, Record("zh", "会议", "会议召开。", null, "徐明"), AuthorityKinds.Person, l => l.Persons);

        Assert.All(ProvisionalLabels.Languages, l => Assert.Equal("徐明", person.Labels[l]));
    }
}
