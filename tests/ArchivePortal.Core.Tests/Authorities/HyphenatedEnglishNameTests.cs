using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// Romanized Chinese names in English texts (issue 16): a hyphenated given name is part of the
/// name (Chou Hsiao-wen, not Chou Hsiao), the title before it is not, and the given-name-first
/// order is the same person.
/// </summary>
public class HyphenatedEnglishNameTests
{
    static AuthorityRegistry Registry() => new([],
        IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin/Names; Latin-ASCII")!.Transliterate);

    static List<Authority> Persons(AuthorityRegistry registry, string body) =>
        new RecordAuthorityExtractor(registry).Extract(new ArchiveRecord
        {
            Id = "r-" + Guid.NewGuid().ToString("N"), Language = LanguageCodes.English, Type = "news", Title = "Library news", Body = body,
        }).Links.Persons.Select(id => registry.Get(AuthorityKinds.Person, id)!).ToList();

    [Theory]
    [InlineData("Director-General Chou Hsiao-wen said the new reading room opens in May.")]
    [InlineData("Dr Chou Hsiao-wen signed for the library.")]
    [InlineData("Dr. Chou Hsiao-wen signed for the library.")]
    [InlineData("President Chou Hsiao-wen opened the exhibition.")]
    [InlineData("The chief librarian Chou Hsiao-wen opened the exhibition.")]
    [InlineData("Chou Hsiao-wen, the chief librarian of the city, opened the exhibition.")]
    [InlineData("Mr Chou Hsiao-wen, deputy representative of the office, attended.")]
    [InlineData("Dr Chou Hsiao-wen's speech closed the day.")]
    public void A_hyphenated_given_name_is_part_of_the_name_and_the_title_is_not(string body)
    {
        var person = Assert.Single(Persons(Registry(), body));

        Assert.Equal("Chou Hsiao-wen", person.Labels["en"]);
    }

    [Fact]
    public void The_given_name_first_order_is_the_same_person()
    {
        var registry = Registry();
        var surnameFirst = Assert.Single(Persons(registry, "Dr Chou Hsiao-wen opened the exhibition."));
        var givenNameFirst = Assert.Single(Persons(registry, "Dr Hsiao-Wen Chou closed the exhibition."));

        Assert.Equal(surnameFirst.Id, givenNameFirst.Id);
    }

    [Fact]
    public void A_given_name_first_mention_without_a_title_is_filed_under_the_person()
    {
        var registry = Registry();
        var person = Assert.Single(Persons(registry, "Dr Chou Hsiao-wen opened the exhibition."));

        Assert.Equal([person.Id], Persons(registry, "The exhibition was curated by Hsiao-wen Chou and her team.").Select(p => p.Id));
    }
}
