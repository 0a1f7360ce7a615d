using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Tests.Authorities;

/// <summary>
/// A web page's publisher is its site's, never an institution it mentions (issue 14, operator
/// experience: an unknown site's page mentioning 国家图书馆 once was filed under the NLC).
/// </summary>
public class PublisherTests
{
    static AuthorityRegistry Registry() => new(
        [new Authority
        {
            Id = "nlc", Kind = AuthorityKinds.Institution, Domains = ["nlc.cn"],
            Labels = new Dictionary<string, string> { ["zh"] = "中国国家图书馆", ["en"] = "National Library of China" },
            Aliases = ["国家图书馆"],
        }],
        IcuTransliterator.TryCreate("Traditional-Simplified")!.Transliterate, IcuTransliterator.TryCreate("Han-Latin; Latin-ASCII")!.Transliterate);

    static ArchiveRecord Page(string? url) => new()
    {
        Id = "p", Language = "zh", Type = "news", SourceUrl = url,
        Title = "区图书馆举办阅读推广活动",
        Body = "本周，区图书馆举办阅读推广活动。活动邀请了曾在国家图书馆工作的专家作讲座。",
    };

    [Fact]
    public void An_unknown_sites_page_that_mentions_an_institution_is_published_by_the_site()
    {
        var registry = Registry();

        var (links, changed) = new RecordAuthorityExtractor(registry).Extract(Page("https://www.district-library.example/news/2024/1.html"));

        var publisher = Assert.Single(links.Institutions);
        Assert.NotEqual("nlc", publisher);
        var site = Assert.Single(changed, a => a.Id == publisher);
        Assert.True(site.Provisional);
        Assert.Contains("district-library.example", site.Labels.Values);
        Assert.Contains("nlc", links.MentionedInstitutions); // still a mention
    }

    [Fact]
    public void A_known_domain_names_its_institution()
    {
        var (links, _) = new RecordAuthorityExtractor(Registry()).Extract(Page("http://www.nlc.cn/news/1.html"));

        Assert.Equal(["nlc"], links.Institutions);
    }

    [Fact]
    public void A_file_without_an_address_is_still_filed_under_the_institution_its_text_names()
    {
        var (links, _) = new RecordAuthorityExtractor(Registry()).Extract(Page(null));

        Assert.Equal(["nlc"], links.Institutions);
    }
}
