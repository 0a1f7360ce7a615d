using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// 國家圖書館 is Taiwan's National Central Library where Taiwan writes it and the National Library
/// of China on the mainland; folded to one script the two are one string, so filing decides by
/// where a record was written: its web domain, its script, the places it names.
/// </summary>
public class SameNameInstitutionTests
{
    static readonly Func<string, string> Fold = IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate;

    static Authority Institution(string id, string zh, string en, string region, string[] domains, params (string Name, string[] Regions)[] scoped) => new()
    {
        Id = id, Kind = AuthorityKinds.Institution, Region = region, Domains = domains,
        Labels = new Dictionary<string, string> { ["zh"] = zh, ["en"] = en },
        Aliases = scoped.Select(s => s.Name).ToList(),
        NameScopes = scoped.ToDictionary(s => s.Name, s => new NameScope([], s.Regions)),
    };

    static AuthorityRegistry Registry() => new(
        [
            Institution("nlc", "中国国家图书馆", "National Library of China", "CN", ["nlc.cn"], ("国家图书馆", ["CN", "HK", "MO"]), ("国图", ["CN"])),
            Institution("ncl", "国家图书馆（台湾）", "National Central Library", "TW", ["ncl.edu.tw"], ("國家圖書館", ["TW"]), ("國圖", ["TW"])),
        ],
        Fold, null, new IcuChineseSegmenter(IcuWordBreaker.TryCreate("zh")!));

    static RecordAuthorities File(ArchiveRecord r) => new RecordAuthorityExtractor(Registry()).Extract(r).Links;

    static ArchiveRecord Record(string lang, string body, string? institution = null, string? url = null) => new()
    {
        Id = "r", Language = lang, Title = "消息", Body = body, Institution = institution, SourceUrl = url,
    };

    [Fact]
    public void A_taiwan_record_declaring_its_national_library_is_filed_under_the_central_library()
    {
        var links = File(Record("zh-Hant", "臺北的國家圖書館今天與臺南一所大學簽署合作協議，國圖館長出席。", institution: "國家圖書館",
            url: "https://news.example.com/a/1"));

        Assert.Equal(["ncl"], links.Institutions);
        Assert.DoesNotContain("nlc", links.MentionedInstitutions);
    }

    [Fact]
    public void A_page_of_the_central_library_is_its_record_even_in_a_text_that_names_no_place()
    {
        var links = File(Record("zh-Hant", "本館舉辦古籍修復工作坊，國家圖書館同仁分享經驗。", url: "https://www.ncl.edu.tw/information_1.html"));

        Assert.Equal(["ncl"], links.Institutions);
        Assert.Equal(["ncl"], links.MentionedInstitutions);
    }

    [Fact]
    public void Hong_kong_writes_the_same_traditional_name_for_the_library_in_beijing()
    {
        var links = File(Record("zh-Hant", "康文署與國家圖書館合辦善本展覽，於香港中央圖書館展出。", url: "https://www.library.example.hk/news/2.html"));

        Assert.Contains("nlc", links.MentionedInstitutions);
        Assert.DoesNotContain("ncl", links.MentionedInstitutions);
    }

    [Fact]
    public void A_mainland_record_writing_the_name_in_simplified_is_still_the_national_library_of_china()
    {
        var links = File(Record("zh", "国家图书馆举办典籍展，国图专家现场讲解。", institution: "国家图书馆"));

        Assert.Equal(["nlc"], links.Institutions);
        Assert.DoesNotContain("ncl", links.MentionedInstitutions);
    }

    [Fact]
    public void An_abbreviation_is_not_found_inside_another_word()
    {
        var links = File(Record("zh", "全国图书馆界代表在兰州交流阅读推广经验。"));

        Assert.Empty(links.MentionedInstitutions);
    }

    [Theory]
    [InlineData("國家圖書館", "ncl")]
    [InlineData("國圖", "ncl")]
    [InlineData("国家图书馆", "nlc")]
    [InlineData("国图", "nlc")]
    [InlineData("中国国家图书馆", "nlc")]
    [InlineData("National Central Library", "ncl")]
    public void A_shared_name_typed_alone_resolves_by_its_script(string name, string id) =>
        Assert.Equal(id, Registry().Resolve(AuthorityKinds.Institution, name)?.Id);

    [Theory]
    [InlineData("")]
    [InlineData("國")]
    [InlineData("\uD800國圖\uDFFF")]
    [InlineData("臺灣香港澳門臺灣")]
    public void Odd_text_gets_a_context_without_failing(string text)
    {
        var where = Registry().ContextOf(text);
        Assert.True(where.Region is null or "TW" or "HK" or "MO" or "CN");
    }
}
