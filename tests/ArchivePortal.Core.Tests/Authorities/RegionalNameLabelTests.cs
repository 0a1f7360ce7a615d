using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>The English label of a Taiwan or Hong Kong person is the spelling English texts use, not the pinyin (issue 16).</summary>
public class RegionalNameLabelTests
{
    [Fact]
    public void An_english_spelling_met_after_the_chinese_name_replaces_the_pinyin_label()
    {
        var registry = new AuthorityRegistry([],
            IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);
        var extractor = new RecordAuthorityExtractor(registry);
        ArchiveRecord Record(string lang, string body) => new() { Id = "r-" + Guid.NewGuid().ToString("N"), Language = lang, Type = "news", Title = "—", Body = body };

        var id = Assert.Single(extractor.Extract(Record(LanguageCodes.TraditionalChinese, "館長周曉雯致詞。")).Links.Persons);
        Assert.Equal("Zhou Xiaowen", registry.Get(AuthorityKinds.Person, id)!.Labels["en"]);
        extractor.Extract(Record(LanguageCodes.English, "Director-General Chou Hsiao-wen said the branches would open in May."));

        var person = registry.Get(AuthorityKinds.Person, id)!;
        Assert.Equal(("周曉雯", "Chou Hsiao-wen"), (person.Labels["zh"], person.Labels["en"]));
        Assert.Equal(id, registry.Resolve(AuthorityKinds.Person, "Zhou Xiaowen")!.Id); // pinyin still finds the person
    }
}
