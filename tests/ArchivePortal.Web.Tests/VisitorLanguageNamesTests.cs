using ArchivePortal.Core.Records;

namespace ArchivePortal.Web.Tests;

/// <summary>A small archive in Simplified and Traditional Chinese, English and Vietnamese, with names nobody entered.</summary>
public sealed class NamesArchive : IDisposable
{
    public PortalApp App { get; } = new([
        Record("n-zh", "zh", "国家图书馆召开2019年工作会议", "国家图书馆召开工作会议，徐明主持会议。", "2019-01-25", "国家图书馆", "徐明"),
        // Hong Kong calls the library in Beijing 國家圖書館 too; in Taiwan the name is its National Central Library.
        Record("n-hant", "zh-Hant", "國家圖書館舉辦古籍展覽", "國家圖書館在香港舉辦古籍展覽，觀眾很多。", "2019-02-10", "國家圖書館"),
        Record("n-en", "en", "NLC holds its 2019 work meeting", "The National Library of China held its work meeting.", "2019-03-05", "National Library of China"),
        Record("n-vi", "vi", "Hội nghị tổng kết năm 2019", "Bà Lê Thị Hồng Vân chủ trì hội nghị tổng kết.", "2019-12-20", "Thư viện Quốc gia Việt Nam", "Lê Thị Hồng Vân"),
    ]);

    static ArchiveRecord Record(string id, string lang, string title, string body, string date, string institution, params string[] persons) => new()
    {
        Id = id, Language = lang, Type = "meeting", Title = title, Body = body, Date = DateOnly.Parse(date),
        Institution = institution, Persons = persons,
    };

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Names, dates and languages in the visitor's interface language on real search pages (issue 15,
/// item 1): the result line's institution, pinyin labels of persons found at import, dates and
/// months written each language's way, and Traditional records counted and found as Chinese.
/// </summary>
public sealed class VisitorLanguageNamesTests(NamesArchive archive) : IClassFixture<NamesArchive>
{
    static string Header(string ui) => ui switch { "zh" => "zh-CN", _ => ui };

    async Task<AngleSharp.Dom.IDocument> Page(string ui, string url) => await archive.App.Client(Header(ui)).PageAsync(url);

    /// <summary>The record a result links to (the link also carries the search that found it).</summary>
    static string RecordId(AngleSharp.Dom.IElement link) => link.GetAttribute("href")!.Split('?')[0]["/records/".Length..];

    static AngleSharp.Dom.IElement Hit(AngleSharp.Dom.IDocument d, string id) =>
        d.QuerySelectorAll("article.hit").Single(a => RecordId(a.QuerySelector("h3 a")!) == id);

    static List<string> Labels(AngleSharp.Dom.IDocument d, string facet) =>
        d.QuerySelectorAll($"[data-facet={facet}] li .label").Select(l => l.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("en", "National Library of China")]
    [InlineData("zh", "中国国家图书馆")]
    [InlineData("vi", "Thư viện Quốc gia Trung Quốc")]
    public async Task The_result_line_names_the_institution_in_the_interface_language(string ui, string institution)
    {
        var d = await Page(ui, "/search?f=year:2019");

        // Declared as 国家图书馆, 國家圖書館 (in Hong Kong) and National Library of China: one institution, one name per interface.
        foreach (var id in new[] { "n-zh", "n-hant", "n-en" })
            Assert.Equal(institution, Hit(d, id).QuerySelector(".institution")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_json_api_gives_the_institution_in_the_interface_language_beside_the_declared_one()
    {
        var json = System.Text.Json.JsonDocument.Parse(await archive.App.Client("vi").GetStringAsync("/api/search?f=year:2019")).RootElement;

        var hit = json.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "n-hant");
        Assert.Equal("國家圖書館", hit.GetProperty("institution").GetString());
        Assert.Equal("Thư viện Quốc gia Trung Quốc", hit.GetProperty("institutionLabel").GetString());
    }

    [Theory]
    [InlineData("en", "25 Jan 2019", "Jan 2019")]
    [InlineData("zh", "2019年1月25日", "2019年1月")]
    [InlineData("vi", "25/01/2019", "01/2019")]
    public async Task Dates_and_months_are_written_the_interface_languages_way(string ui, string date, string month)
    {
        var d = await Page(ui, "/search?f=year:2019");

        var time = Hit(d, "n-zh").QuerySelector("time")!;
        Assert.Equal(date, time.TextContent.Trim());
        Assert.Equal("2019-01-25", time.GetAttribute("datetime"));
        Assert.Contains(month, Labels(d, "month"));
    }

    [Theory]
    [InlineData("en", "Xu Ming (徐明)")]
    [InlineData("vi", "Xu Ming (徐明)")]
    [InlineData("zh", "徐明")]
    public async Task A_chinese_person_found_at_import_is_shown_by_pinyin_beside_the_chinese_name(string ui, string label)
    {
        var d = await Page(ui, "/search?f=year:2019");

        var persons = Labels(d, "person");
        Assert.Contains(label, persons);
        // A Vietnamese name keeps its diacritics in every interface.
        Assert.Contains("Lê Thị Hồng Vân", persons);
    }

    [Theory]
    [InlineData("en", "Xu Ming (徐明)", "25 Jan 2019")]
    [InlineData("zh", "徐明", "2019年1月25日")]
    public async Task The_record_page_names_the_person_and_writes_the_date_for_the_interface(string ui, string person, string date)
    {
        var d = await Page(ui, "/records/n-zh");

        Assert.Contains(person, d.QuerySelectorAll(".record-meta .tags a").Select(a => a.TextContent.Trim()));
        Assert.Equal(date, d.Text(".record-meta time"));
    }

    /// <summary>A time element whose text is not an ISO date is invalid HTML unless its datetime attribute says the date.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/records/n-zh")]
    [InlineData("/search?f=year:2019")]
    public async Task Every_date_written_in_words_carries_its_iso_date(string url)
    {
        var d = await Page("vi", url);

        var times = d.QuerySelectorAll("time").ToList();
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", t.GetAttribute("datetime") ?? t.TextContent));
    }

    [Fact]
    public async Task Chinese_counts_and_finds_traditional_records_which_show_as_a_part_of_it()
    {
        var d = await Page("en", "/search?f=year:2019");

        var items = d.QuerySelectorAll("[data-facet=lang] li").ToList();
        var chinese = items.FindIndex(li => li.QuerySelector(".label")!.TextContent == "Chinese");
        Assert.Equal("2", items[chinese].QuerySelector(".count")!.TextContent);
        var traditional = items[chinese + 1];
        Assert.Equal("Chinese (Traditional)", traditional.QuerySelector(".label")!.TextContent);
        Assert.Equal("1", traditional.QuerySelector(".count")!.TextContent);
        Assert.Contains("part", traditional.ClassList);

        var filtered = await Page("en", "/search?f=lang:zh");
        Assert.Equal(["n-hant", "n-zh"], filtered.QuerySelectorAll("article.hit h3 a").Select(a => RecordId(a)).Order());
    }

    [Fact]
    public async Task An_old_traditional_link_still_selects_only_traditional_records()
    {
        var d = await Page("en", "/search?f=lang:zh-Hant");

        Assert.Equal(["n-hant"], d.QuerySelectorAll("article.hit h3 a").Select(RecordId));
    }

    [Fact]
    public async Task A_traditional_result_is_marked_zh_Hant_for_its_font()
    {
        var d = await Page("zh", "/search?f=year:2019");

        Assert.Equal("zh-Hant", Hit(d, "n-hant").GetAttribute("lang"));
        Assert.Equal("zh-Hans", Hit(d, "n-zh").GetAttribute("lang"));
    }
}
