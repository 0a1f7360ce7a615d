using ArchivePortal.Web.Localization;

namespace ArchivePortal.Web.Tests;

public sealed class LocalizationTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public void Every_language_has_every_key_that_English_has()
    {
        var english = UiStrings.Catalogs["en"];
        foreach (var lang in UiLanguage.All)
        {
            var catalog = UiStrings.Catalogs[lang];
            var missing = english.Keys.Where(k => !catalog.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
            Assert.True(missing.Count == 0, $"{lang} lacks: {string.Join(", ", missing)}");
            var extra = catalog.Keys.Except(english.Keys).ToList();
            Assert.True(extra.Count == 0, $"{lang} has keys English lacks: {string.Join(", ", extra)}");
        }
    }

    [Fact]
    public void Placeholders_match_across_languages()
    {
        static string Holes(string s) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(s, @"\{\d\}").Select(m => m.Value).Order());
        foreach (var (key, value) in UiStrings.Catalogs["en"])
            foreach (var lang in UiLanguage.All)
                Assert.True(Holes(value) == Holes(UiStrings.Catalogs[lang][key]), $"{lang} {key}");
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans", "最新记录")]
    [InlineData("vi-VN,vi;q=0.9", "vi", "Bản ghi mới nhất")]
    [InlineData("fr-FR,en;q=0.5", "en", "Newest records")]
    [InlineData("vi;q=0", "en", "Newest records")]
    [InlineData("zh-CN;q=0, vi;q=0", "en", "Newest records")]
    [InlineData(null, "en", "Newest records")]
    public async Task Ui_language_comes_from_accept_language(string? header, string htmlLang, string text)
    {
        var d = await app.Client(header).PageAsync("/");
        Assert.Equal(htmlLang, d.DocumentElement.GetAttribute("lang"));
        Assert.Equal(text, d.Text("#newest-title"));
    }

    [Fact]
    public async Task The_switch_remembers_the_language_in_a_cookie()
    {
        var client = app.Client("en");
        var response = await client.GetAsync("/ui/vi?back=" + Uri.EscapeDataString("/search?q=饶权"));
        // A header carries ASCII only: the query goes back percent-encoded (Kestrel refuses 饶权 with a 500).
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("ui=vi", cookie);

        var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=饶权");
        request.Headers.Add("Cookie", "ui=vi");
        var d = Html.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("vi", d.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Lọc kết quả", d.Text("#facets-title"));
        Assert.Equal("Tiếng Trung", d.QuerySelector("article.hit .badge")!.TextContent);
    }
}

public class CountWordingTests
{
    [Fact]
    public void English_says_one_result_and_many_results()
    {
        var en = ArchivePortal.Web.Localization.Texts.For("en");
        Assert.Equal("1 result", en.Count("results.count", 1));
        Assert.Equal("1,234 results", en.Count("results.count", 1234));
        Assert.Equal("2021: 1 record", en.Count("histogram.bar", 1, "2021"));
        Assert.Equal("1 条结果", ArchivePortal.Web.Localization.Texts.For("zh").Count("results.count", 1));
        Assert.Equal("1 record in 1 language", en.Format("home.counts", en.Count("home.records", 1), en.Count("home.languages", 1)));
    }

    [Theory]
    [InlineData("en", "Showing 1–10 of 100,000")]
    [InlineData("zh", "第 1–10 条，共 100,000 条")]
    [InlineData("vi", "Hiển thị 1–10 trong 100.000")]
    public void Numbers_are_written_the_way_the_interface_language_writes_them(string ui, string expected)
    {
        var t = ArchivePortal.Web.Localization.Texts.For(ui);
        Assert.Equal(expected, t.Format("results.range", t.Number(1), t.Number(10), t.Number(100_000)));
    }
}
