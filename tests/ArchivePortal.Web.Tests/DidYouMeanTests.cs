using System.Text.Json;

namespace ArchivePortal.Web.Tests;

/// <summary>"Did you mean" on the results page and in the JSON API, over <see cref="TestRecords"/>.</summary>
public sealed class DidYouMeanTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    static string Search(string q, string filters = "") => "/search?q=" + Uri.EscapeDataString(q) + filters;

    [Theory]
    [InlineData("libary", "library", "/search?q=library")]
    [InlineData("Rao Qaun", "Rao Quan", "/search?q=Rao%20Quan")]
    [InlineData("thu vein", "thu vien", "/search?q=thu%20vien")]
    public async Task A_misspelled_query_offers_the_spelling_that_finds_records(string typed, string shown, string href)
    {
        // libary finds nothing; Rao Qaun and thu vein find the records of Rao and thu alone.
        var d = await client.PageAsync(Search(typed));
        var link = d.QuerySelector(".did-you-mean a")!;
        Assert.Equal($"Did you mean: {shown}?", d.Text(".did-you-mean"));
        Assert.Equal(href, link.GetAttribute("href"));

        var corrected = await client.PageAsync(href);
        Assert.NotEmpty(corrected.QuerySelectorAll("article.hit"));
        Assert.Null(corrected.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task A_query_that_finds_records_through_some_words_offers_the_others_corrected()
    {
        var d = await client.PageAsync(Search("libary meeting"));
        Assert.NotEmpty(d.QuerySelectorAll("article.hit"));
        Assert.Equal("Did you mean: library meeting?", d.Text(".did-you-mean"));
        // The corrected word is marked, the rest is as typed.
        Assert.Equal(["library"], d.QuerySelectorAll(".did-you-mean a strong").Select(s => s.TextContent));
    }

    [Fact]
    public async Task The_suggestion_keeps_the_filters()
    {
        var d = await client.PageAsync(Search("libary", "&f=lang:en"));
        Assert.Equal("/search?q=library&f=lang:en", d.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_suggestion_that_would_find_nothing()
    {
        // "library" is only in an English record: with the Vietnamese filter it would find nothing.
        var d = await client.PageAsync(Search("libary", "&f=lang:vi"));
        Assert.Contains("0 results", d.Text(".count"));
        Assert.Null(d.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task No_suggestion_when_every_word_is_known()
    {
        var d = await client.PageAsync(Search("library meeting"));
        Assert.Null(d.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task A_name_the_archive_knows_in_another_language_is_not_corrected()
    {
        // No record writes "Trung Quốc": the National Library of China's records are found through its Vietnamese name.
        var d = await client.PageAsync(Search("Thu vien Quoc gia Trung Quoc"));
        Assert.NotEmpty(d.QuerySelectorAll("article.hit"));
        Assert.Null(d.QuerySelector(".did-you-mean"));
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9", "您是不是要找：library？")]
    [InlineData("vi", "Có phải bạn muốn tìm: library?")]
    public async Task The_question_is_asked_in_the_interface_language(string acceptLanguage, string expected)
    {
        var d = await app.Client(acceptLanguage).PageAsync(Search("libary"));
        Assert.Equal(expected, d.Text(".did-you-mean"));
    }

    [Fact]
    public async Task The_api_gives_the_suggestion_and_its_address()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=libary&f=lang:en"));
        var suggestion = json.RootElement.GetProperty("didYouMean");
        Assert.Equal("library", suggestion.GetProperty("query").GetString());
        Assert.Equal("/search?q=library&f=lang:en", suggestion.GetProperty("url").GetString());

        using var known = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=library"));
        Assert.Equal(JsonValueKind.Null, known.RootElement.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public async Task Hostile_queries_get_a_page_and_their_text_stays_text()
    {
        var d = await client.PageAsync(Search("<script>alert(1)</script> libary"));
        var p = d.QuerySelector(".did-you-mean");
        if (p is not null)
        {
            Assert.Empty(p.QuerySelectorAll("script"));
            Assert.Contains("library", p.TextContent);
        }
        foreach (var q in new[] { "libary \"unclosed", "((libary", "libary:", "-libary", "../../etc/passwd libary", new string('x', 5000) + " libary",
                     string.Concat(Enumerable.Repeat("libary ", 500)) })
            await client.PageAsync(Search(q));
        // An excluded word and a phrase are kept as typed: nothing to suggest for them.
        Assert.Null((await client.PageAsync(Search("meeting -libary"))).QuerySelector(".did-you-mean"));
        Assert.Null((await client.PageAsync(Search("\"national libary\""))).QuerySelector(".did-you-mean"));
    }
}
