using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Taiwan's 國家圖書館 (the National Central Library) and the mainland's 国家图书馆 (the National
/// Library of China) over a real database and index: facets count them apart, institution filters
/// admit only their own records, and the abbreviations 国图 / 國圖 / NCL find only their own.
/// </summary>
public sealed class SameNameInstitutionSearchTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "same-name-" + Guid.NewGuid().ToString("N"));
    readonly Archive archive;

    public SameNameInstitutionSearchTests()
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "institutions.yml"), """
            - id: nlc
              labels: {zh: 中国国家图书馆, en: National Library of China}
              aliases:
                - {name: 国家图书馆, regions: [CN, HK, MO]}
                - {name: 国图, regions: [CN]}
                - NLC
              domains: [nlc.cn]
              region: CN
            - id: ncl
              labels: {zh: 国家图书馆（台湾）, en: National Central Library}
              aliases:
                - {name: 國家圖書館, regions: [TW]}
                - {name: 國圖, regions: [TW]}
                - NCL
              domains: [ncl.edu.tw]
              region: TW
            """);
        archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
        archive.Store.Upsert(Records);
    }

    public void Dispose()
    {
        archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    static ArchiveRecord R(string id, string lang, string title, string body, string? institution = null, string? url = null) => new()
    {
        Id = id, Language = lang, Title = title, Body = body, Institution = institution, SourceUrl = url, Type = "news",
    };

    static readonly ArchiveRecord[] Records =
    [
        R("tw-agreement", "zh-Hant", "國家圖書館與高雄一所博物館簽署備忘錄", "國家圖書館今天在臺北與高雄一所博物館簽署備忘錄，雙方將共享老照片影像。", institution: "國家圖書館"),
        R("tw-visit", "zh-Hant", "外國學者參訪國圖", "多位外國學者到訪國圖，參觀館藏古籍與漢學研究資源，並在臺北舉行座談。", url: "https://www.ncl.edu.tw/news_7.html"),
        R("cn-exhibition", "zh", "国家图书馆举办古籍展览", "国家图书馆在北京举办古籍展览，国图专家现场讲解修复技艺。", institution: "国家图书馆"),
        R("cn-agreement", "zh", "中国国家图书馆签署备忘录", "中国国家图书馆与一家出版集团签署备忘录，共同整理出版老照片。", institution: "中国国家图书馆"),
        R("cn-county", "zh", "兰州举办阅读推广交流会", "全国图书馆界代表在兰州交流阅读推广经验，分享少儿阅读活动。", institution: "兰州市图书馆"),
    ];

    List<string> Ids(string query, params QueryFilter[] filters) =>
        archive.Index.Search(new SearchRequest { Query = query, Filters = filters, Limit = 20 }).Hits.Select(h => h.Id).ToList();

    static QueryFilter Institution(string value) => new(FilterFields.Institution, value);

    [Fact]
    public void Facets_count_the_two_national_libraries_apart()
    {
        var counts = archive.Index.Search(new SearchRequest { Limit = 0 }).Facets[FacetNames.Institution].ToDictionary(v => v.Value, v => v.Count);

        Assert.Equal(2, counts["ncl"]);
        Assert.Equal(2, counts["nlc"]);
    }

    [Fact]
    public void The_institution_filter_takes_a_label_in_either_script_as_its_own_institution()
    {
        Assert.Equal(["tw-agreement"], Ids("備忘錄", Institution("國家圖書館")));
        Assert.Equal(["cn-agreement"], Ids("备忘錄", Institution("中国国家图书馆")));
        Assert.Equal(["tw-agreement", "tw-visit"], Ids("", Institution("國家圖書館")).Order());
        Assert.Equal(["cn-agreement", "cn-exhibition"], Ids("", Institution("国家图书馆")).Order());
    }

    [Fact]
    public void The_simplified_abbreviation_finds_neither_taiwan_nor_the_same_characters_inside_another_word()
    {
        var found = Ids("国图");

        Assert.Contains("cn-exhibition", found);
        Assert.Contains("cn-agreement", found); // filed under the National Library of China, though it never writes 国图
        Assert.DoesNotContain("tw-visit", found);
        Assert.DoesNotContain("tw-agreement", found);
        Assert.DoesNotContain("cn-county", found);
    }

    [Fact]
    public void The_traditional_name_finds_taiwans_library_and_not_the_mainlands()
    {
        var found = Ids("國家圖書館");

        Assert.Equal(["tw-agreement", "tw-visit"], found.Order());
    }

    [Fact]
    public void The_english_abbreviation_finds_chinese_records_that_never_write_it()
    {
        Assert.Equal(["tw-agreement", "tw-visit"], Ids("NCL").Order());
    }

    /// <summary>Among many records an institution's few are looked up by their keys, not by reading every record's row id.</summary>
    [Fact]
    public void An_institutions_few_records_are_found_among_many()
    {
        archive.Store.Upsert(Enumerable.Range(0, 60).Select(i =>
            R($"other-{i}", "en", $"Reading club meeting {i}", $"The town library's reading club met for the {i}th time.")).ToList());

        Assert.Equal(["tw-agreement", "tw-visit"], Ids("NCL").Order());
        Assert.Equal(["tw-agreement", "tw-visit"], Ids("國家圖書館").Order());
    }
}
