using System.Net;
using System.Text.Json;

namespace ArchivePortal.Web.Tests;

public sealed class RecordPageTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task Record_page_shows_metadata_links_body_related_and_json_ld()
    {
        var d = await client.PageAsync("/records/zh-02");
        Assert.Equal("国家图书馆召开第2次馆务会议", d.Text("article.record h1"));
        Assert.Contains("饶权主持会议", d.Text(".record-body"));
        var persons = d.QuerySelectorAll(".record-meta .tags a").Select(a => a.GetAttribute("href")).ToList();
        // Persons link by authority id and show the label: 饶权 is the authority rao-quan.
        Assert.Contains("/search?f=person:rao-quan", persons);
        Assert.Contains("Rao Quan", d.Text(".record-meta"));
        Assert.NotEmpty(d.QuerySelectorAll("#related + ul a"));
        Assert.EndsWith("/records/zh-02", d.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var json = JsonDocument.Parse(d.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("国家图书馆召开第2次馆务会议", json.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task The_same_event_in_other_languages_is_linked()
    {
        // en-nlc is dated 2022-03-12; zh-14 (2022-03-15) shares its institution and person; zh-02 (2022-03-03) is too far.
        var d = await client.PageAsync("/records/en-nlc");
        var other = d.QuerySelectorAll("#other-languages + ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/records/zh-14"], other);
    }

    /// <summary>
    /// The same meeting reported in Chinese and in English names its institution and person in
    /// each language's own words; they are the same authorities, so the pages link each other.
    /// </summary>
    [Fact]
    public async Task The_same_event_is_found_across_the_names_of_its_institution_and_person()
    {
        ArchivePortal.Core.Records.ArchiveRecord Report(string id, string lang, string title, string date, string institution, params string[] persons) =>
            new() { Id = id, Language = lang, Type = "meeting", Title = title, Body = title, Date = DateOnly.Parse(date), Institution = institution, Persons = persons };
        using var portal = new PortalApp([
            Report("ev-zh", "zh", "国家图书馆召开2019年工作会议", "2019-01-25", "中国国家图书馆", "饶权"),
            Report("ev-en", "en", "NLC holds its 2019 work meeting", "2019-01-26", "National Library of China", "Rao Quan"),
            Report("ev-vi", "vi", "Thư viện Quốc gia Việt Nam tổng kết năm", "2019-01-25", "Thư viện Quốc gia Việt Nam"),
            Report("ev-zh-later", "zh", "国家图书馆召开古籍保护会议", "2019-03-01", "中国国家图书馆", "饶权"),
        ]);
        var d = await portal.Client().PageAsync("/records/ev-en");
        Assert.Equal(["/records/ev-zh"], d.QuerySelectorAll("#other-languages + ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Unknown_record_is_404_with_a_helpful_page()
    {
        var response = await client.GetAsync("/records/no-such-record");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var d = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Record not found", d.Text("h1"));
    }

    /// <summary>A page captured from nlc.cn declares no institution; its hit still says who published it.</summary>
    [Fact]
    public async Task A_hit_names_the_institution_its_record_was_filed_under_when_none_was_declared()
    {
        using var portal = new PortalApp([new ArchivePortal.Core.Records.ArchiveRecord
        {
            Id = "captured", Language = "en", Type = "news", Title = "Reading festival opens", Body = "The reading festival opened.",
            Date = new DateOnly(2023, 4, 23), SourceUrl = "https://www.nlc.cn/en/news/festival",
        }]);
        var client = portal.Client();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=festival")).RootElement;
        Assert.Equal("National Library of China", json.GetProperty("hits")[0].GetProperty("institution").GetString());
        var d = await client.PageAsync("/search?q=festival");
        Assert.Equal("National Library of China", d.Text("article.hit .institution"));
    }

    [Fact]
    public async Task Api_search_returns_results_and_facets_as_json()
    {
        var response = await client.GetAsync("/api/search?q=饶权&f=lang:zh&page=2");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(25, json.GetProperty("total").GetInt32());
        Assert.Equal(10, json.GetProperty("hits").GetArrayLength());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        var lang = json.GetProperty("facets").GetProperty("lang");
        Assert.Equal("zh", lang[0].GetProperty("value").GetString());
        Assert.Equal("Chinese", lang[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Api_search_lists_a_long_facet_in_full_and_narrows_it_by_typed_text()
    {
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=&more=person")).RootElement;
        var persons = all.GetProperty("facets").GetProperty("person");
        Assert.Equal(all.GetProperty("facetSizes").GetProperty("person").GetInt32(), persons.GetArrayLength());

        var typed = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=&more=person&fq=kieu")).RootElement;
        var labels = typed.GetProperty("facets").GetProperty("person").EnumerateArray().Select(v => v.GetProperty("label").GetString()).ToList();
        Assert.Equal(["Kieu Thuy Nga"], labels);
    }

    [Fact]
    public async Task OpenSearch_health_and_sitemap()
    {
        var os = await client.GetAsync("/opensearch.xml");
        Assert.Equal("application/opensearchdescription+xml", os.Content.Headers.ContentType!.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await os.Content.ReadAsStringAsync());
        var url = xml.Root!.Elements().First(e => e.Name.LocalName == "Url" && (string?)e.Attribute("type") == "text/html");
        Assert.EndsWith("/search?q={searchTerms}", (string)url.Attribute("template")!);

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(29, locs.Count); // the home page and every record
        Assert.Contains(locs, l => l.EndsWith("/records/vi-tvqg"));
    }
}
