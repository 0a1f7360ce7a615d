using System.Net;
using System.Text.Json;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Web.Tests;

/// <summary>A record downloads as RIS, BibTeX and CSL-JSON that reference managers read, whatever its title holds.</summary>
public sealed class CitationTests : IDisposable
{
    const string Special = @"50% of {rare} books & maps: C:\archive #1 $5 ~ ^_^";

    readonly PortalApp app = new([
        new ArchiveRecord
        {
            Id = "cite-en", Language = "en", Type = "news", Title = "The NLC opens a reading room",
            Body = "The National Library of China opened a reading room.\n\nIt holds ancient books.", Date = new DateOnly(2021, 4, 23),
            Institution = "National Library of China", Persons = ["Rao Quan"], SourceUrl = "https://www.nlc.cn/en/news/2021/reading-room",
        },
        new ArchiveRecord
        {
            Id = "cite-special", Language = "en", Type = "meeting", Title = Special, Body = "A body.\r\nWith a line break.",
            Date = new DateOnly(2020, 12, 1), Institution = "National Library of China",
        },
        new ArchiveRecord { Id = "cite-zh", Language = "zh", Type = "meeting", Title = "国家图书馆召开古籍保护工作会议", Body = "会议。", Institution = "国家图书馆" },
    ]);

    readonly HttpClient client;

    public CitationTests() => client = app.Client();

    public void Dispose() => app.Dispose();

    async Task<(HttpResponseMessage Response, string Body)> Get(string url)
    {
        var response = await client.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ris", "application/x-research-info-systems")]
    [InlineData("bib", "application/x-bibtex")]
    [InlineData("json", "application/vnd.citationstyles.csl+json")]
    public async Task Each_format_downloads_as_a_named_file_of_its_type(string extension, string contentType)
    {
        var (response, _) = await Get("/records/cite-en/cite." + extension);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("cite-en." + extension, response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/records/no-such-record/cite." + extension)).StatusCode);
    }

    [Fact]
    public async Task The_record_page_links_the_three_formats()
    {
        var d = await client.PageAsync("/records/cite-en");
        Assert.Equal(["/records/cite-en/cite.ris", "/records/cite-en/cite.bib", "/records/cite-en/cite.json"],
            d.QuerySelectorAll(".cite-formats a[download]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Ris_has_one_tag_a_line_from_TY_to_ER()
    {
        var (_, ris) = await Get("/records/cite-en/cite.ris");
        Assert.EndsWith("ER  - \r\n", ris);
        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
        var tags = lines.Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        Assert.Equal(("TY", "NEWS"), tags[0]);
        Assert.Equal(("ER", ""), tags[^1]);
        string One(string tag) => tags.Single(t => t.Tag == tag).Value;
        Assert.Equal("The NLC opens a reading room", One("TI"));
        Assert.Equal("2021", One("PY"));
        Assert.Equal("2021/04/23/", One("DA"));
        Assert.Equal("en", One("LA"));
        Assert.Equal(["http://localhost/records/cite-en", "https://www.nlc.cn/en/news/2021/reading-room"], tags.Where(t => t.Tag == "UR").Select(t => t.Value));
        Assert.Equal("National Library of China,", One("AU"));
        Assert.Equal("The National Library of China opened a reading room. It holds ancient books.", One("AB"));
    }

    [Fact]
    public async Task Csl_json_is_an_array_of_one_item_with_date_parts_and_literal_authors()
    {
        var (_, json) = await Get("/records/cite-en/cite.json");
        var item = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
        Assert.Equal("cite-en", item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("The NLC opens a reading room", item.GetProperty("title").GetString());
        Assert.Equal([2021, 4, 23], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("National Library of China", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("http://localhost/records/cite-en", item.GetProperty("URL").GetString());
        Assert.Equal("en", item.GetProperty("language").GetString());

        // Chinese stays characters, and an undated record has no "issued".
        var zh = JsonDocument.Parse((await Get("/records/cite-zh/cite.json")).Body).RootElement[0];
        Assert.Equal("国家图书馆召开古籍保护工作会议", zh.GetProperty("title").GetString());
        Assert.False(zh.TryGetProperty("issued", out _));
        Assert.Contains("国家图书馆召开", (await Get("/records/cite-zh/cite.json")).Body);
    }

    [Fact]
    public async Task BibTeX_escapes_special_characters_and_keeps_braces_balanced()
    {
        var (_, bib) = await Get("/records/cite-special/cite.bib");
        Assert.StartsWith("@misc{cite-special,\n", bib);
        Assert.Contains(@"title = {{50\% of \{rare\} books \& maps: C:\textbackslash{}archive \#1 \$5 \textasciitilde{} \textasciicircum{}\_\textasciicircum{}}},", bib);
        Assert.Contains("author = {{National Library of China}},", bib);
        Assert.Contains("year = {2020},", bib);
        Assert.Contains("month = dec,", bib);
        Assert.Contains("abstract = {A body. With a line break.},", bib);
        // Braces balance when escaped ones are skipped, as BibTeX counts them.
        int depth = 0;
        for (int i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\') { i++; continue; }
            depth += bib[i] == '{' ? 1 : bib[i] == '}' ? -1 : 0;
            Assert.True(depth >= 0);
        }
        Assert.Equal(0, depth);

        // RIS and CSL-JSON keep the title as written.
        Assert.Contains("TI  - " + Special + "\r\n", (await Get("/records/cite-special/cite.ris")).Body);
        Assert.Equal(Special, JsonDocument.Parse((await Get("/records/cite-special/cite.json")).Body).RootElement[0].GetProperty("title").GetString());
    }
}
