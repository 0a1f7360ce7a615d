using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

public class AuthorityMatchingTests
{
    static readonly Func<string, string> Fold = IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate;
    static readonly Func<string, string> Pinyin = IcuTransliterator.TryCreate("Han-Latin; Latin-ASCII")!.Transliterate;

    static Authority A(string kind, string id, string? zh = null, string? en = null, string? vi = null, params string[] aliases)
    {
        var labels = new Dictionary<string, string>();
        if (zh is not null) labels["zh"] = zh;
        if (en is not null) labels["en"] = en;
        if (vi is not null) labels["vi"] = vi;
        return new Authority { Id = id, Kind = kind, Labels = labels, Aliases = aliases };
    }

    static AuthorityRegistry Registry(params Authority[] authorities) => new(authorities, Fold, Pinyin);

    static List<string> Find(AuthorityRegistry r, string kind, string text) => r.Matcher(kind).Find(text).Select(m => m.Id).ToList();

    [Fact]
    public void The_longest_name_wins()
    {
        var r = Registry(
            A(AuthorityKinds.Institution, "nlc", "中国国家图书馆", aliases: ["国家图书馆"]),
            A(AuthorityKinds.Institution, "nlv", "越南国家图书馆"));
        Assert.Equal(["nlv"], Find(r, AuthorityKinds.Institution, "越南国家图书馆与国家图书馆签署备忘录").Take(1));
        Assert.Equal(["nlv", "nlc"], Find(r, AuthorityKinds.Institution, "越南国家图书馆与国家图书馆签署备忘录"));
    }

    [Fact]
    public void The_longest_name_of_words_wins_and_a_run_that_is_no_name_falls_back_to_a_shorter_one()
    {
        var r = Registry(
            A(AuthorityKinds.Institution, "national", en: "National Library"),
            A(AuthorityKinds.Institution, "nlv", en: "National Library of Vietnam"));
        // "national library of china" begins like the longer name and is none: the shorter name is found.
        Assert.Equal(["nlv", "national"], Find(r, AuthorityKinds.Institution, "The National Library of Vietnam and the National Library of China"));
        Assert.Equal(["national"], Find(r, AuthorityKinds.Institution, "a national library of"));
    }

    [Fact]
    public void Names_match_in_any_script_and_without_diacritics_but_only_as_whole_words()
    {
        var r = Registry(
            A(AuthorityKinds.Person, "rao-quan", "饶权", "Rao Quan", aliases: ["饒權"]),
            A(AuthorityKinds.Person, "kieu-thuy-nga", vi: "Kiều Thúy Nga"),
            A(AuthorityKinds.Institution, "nlc", en: "National Library of China", aliases: ["NLC"]));
        Assert.Equal(["rao-quan"], Find(r, AuthorityKinds.Person, "馆长饒權出席"));
        Assert.Equal(["rao-quan"], Find(r, AuthorityKinds.Person, "Director RAO QUAN said"));
        Assert.Equal(["kieu-thuy-nga"], Find(r, AuthorityKinds.Person, "Director Kieu Thuy Nga"));
        Assert.Equal(["kieu-thuy-nga"], Find(r, AuthorityKinds.Person, "bà Kiều Thuý Nga phát biểu")); // old tone placement
        Assert.Empty(Find(r, AuthorityKinds.Institution, "NLCS and SNLC"));
        Assert.Equal(["nlc"], Find(r, AuthorityKinds.Institution, "the NLC's reading room"));
    }

    [Fact]
    public void A_chinese_name_is_found_by_its_pinyin()
    {
        var r = Registry(A(AuthorityKinds.Person, "huo-ruijuan", "霍瑞娟"));
        Assert.Equal(["huo-ruijuan"], Find(r, AuthorityKinds.Person, "Huo Ruijuan, Director of the NLC General Office"));
    }

    [Theory]
    [InlineData("Director Zhang San attended the meeting.", "Zhang San")]
    [InlineData("Yin Hao, a member of the CPC Committee", "Yin Hao")]
    [InlineData("có bà Trịnh Thị Thuỷ - Thứ trưởng", "Trịnh Thị Thuỷ")]
    [InlineData("馆长张三出席会议", "张三")]
    [InlineData("副馆长李四和读者交流", "李四")]
    public void Title_patterns_find_names(string text, string name) => Assert.Contains(name, PersonNamePatterns.Find(text));

    [Theory]
    [InlineData("Director of the National Library of China")]
    [InlineData("the Deputy Director General Office")]
    [InlineData("馆长作主题报告")]
    public void Title_patterns_do_not_take_institutions_or_verbs_for_names(string text) => Assert.Empty(PersonNamePatterns.Find(text));

    [Fact]
    public void A_person_in_no_file_met_in_two_scripts_becomes_one_provisional_person()
    {
        var registry = Registry();
        var extractor = new RecordAuthorityExtractor(registry);
        var zh = new ArchiveRecord { Id = "zh", Language = "zh", Title = "会议", Body = "馆长张三出席会议并讲话。" };
        var en = new ArchiveRecord { Id = "en", Language = "en", Title = "Meeting", Body = "Director Zhang San attended the meeting." };
        var (zhLinks, created) = extractor.Extract(zh);
        var (enLinks, _) = extractor.Extract(en);
        var id = Assert.Single(zhLinks.Persons);
        Assert.Equal([id], enLinks.Persons);
        var person = registry.Get(AuthorityKinds.Person, id)!;
        Assert.True(person.Provisional);
        Assert.Equal("张三", person.Labels["zh"]);
        Assert.Contains("Zhang San", person.Names);
        Assert.Single(created);
    }

    [Fact]
    public void Declared_metadata_is_kept_and_unknown_names_become_provisional()
    {
        var registry = Registry(A(AuthorityKinds.Institution, "nlc", "中国国家图书馆", "National Library of China"));
        var extractor = new RecordAuthorityExtractor(registry);
        var r = new ArchiveRecord
        {
            Id = "x", Language = "en", Title = "News", Body = "Text.", Institution = "National Library of China",
            Persons = ["Someone Unknown"], Topics = ["Oral history"],
        };
        var (links, created) = extractor.Extract(r);
        Assert.Equal(["nlc"], links.Institutions);
        Assert.Single(links.Persons);
        Assert.Single(links.Topics);
        Assert.Equal(2, created.Count);
        Assert.All(created, a => Assert.True(a.Provisional));
    }

    [Fact]
    public void The_publisher_comes_from_the_web_domain_when_the_metadata_has_none()
    {
        var registry = Registry(new Authority { Id = "nlc", Kind = AuthorityKinds.Institution, Labels = new Dictionary<string, string> { ["en"] = "NLC" }, Domains = ["nlc.cn"] });
        var (links, _) = new RecordAuthorityExtractor(registry).Extract(new ArchiveRecord
        {
            Id = "x", Language = "en", Title = "News", Body = "Text.", SourceUrl = "http://www.nlc.cn/newen/2021/x.htm",
        });
        Assert.Equal(["nlc"], links.Institutions);
    }
}
