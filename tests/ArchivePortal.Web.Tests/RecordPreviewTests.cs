namespace ArchivePortal.Web.Tests;

/// <summary>What a record page offers beyond its text: link previews, a permalink to copy and a source address that wraps.</summary>
public sealed class RecordPreviewTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    string? Meta(AngleSharp.Dom.IDocument d, string attribute, string name) =>
        d.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    [Fact]
    public async Task Open_Graph_and_Twitter_card_describe_the_record()
    {
        var d = await client.PageAsync("/records/en-nlc?q=meeting&n=2");
        Assert.Equal("article", Meta(d, "property", "og:type"));
        Assert.Equal("The NLC holds a work meeting on ancient books protection", Meta(d, "property", "og:title"));
        Assert.StartsWith("Rao Quan, director of the National Library of China", Meta(d, "property", "og:description"));
        // The permanent address, without the search the visitor came with.
        Assert.Equal("http://localhost/records/en-nlc", Meta(d, "property", "og:url"));
        Assert.Equal("Archive Portal", Meta(d, "property", "og:site_name"));
        Assert.Equal("2022-03-12", Meta(d, "property", "article:published_time"));
        Assert.Equal("summary", Meta(d, "name", "twitter:card"));
        Assert.Equal("The NLC holds a work meeting on ancient books protection", Meta(d, "name", "twitter:title"));
    }

    [Fact]
    public async Task Preview_meta_of_a_hostile_record_is_text()
    {
        var d = await client.PageAsync("/records/evil");
        Assert.Equal("Evil title " + TestRecords.Script, Meta(d, "property", "og:title"));
        Assert.Empty(d.QuerySelectorAll("head img, head script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task The_permalink_is_visible_and_its_copy_button_waits_for_script()
    {
        var d = await client.PageAsync("/records/zh-05?q=x&n=1");
        var link = d.QuerySelector(".record-permalink a.permalink")!;
        Assert.Equal("http://localhost/records/zh-05", link.GetAttribute("href"));
        Assert.Equal("http://localhost/records/zh-05", link.TextContent);
        Assert.Equal("Permalink", d.Text("#permalink"));
        var button = d.QuerySelector(".record-permalink button.copy-link")!;
        Assert.Equal("Copy link", button.TextContent);
        Assert.Equal("http://localhost/records/zh-05", button.GetAttribute("data-copy"));
        // Without script the button could do nothing, so it is hidden until /record.js shows it.
        Assert.True(button.HasAttribute("hidden"));
        Assert.NotNull(d.QuerySelector("script[src^='/record.js?v=']"));
        var script = await client.GetAsync("/record.js");
        Assert.True(script.IsSuccessStatusCode);
    }

    [Fact]
    public async Task The_source_address_may_break_after_its_slashes_only()
    {
        var d = await client.PageAsync("/records/en-nlc");
        var source = d.QuerySelector("a.source")!;
        Assert.Equal("https://www.nlc.cn/en/news/1", source.TextContent);
        Assert.Equal("https://<wbr>www.nlc.cn/<wbr>en/<wbr>news/<wbr>1", source.InnerHtml);
    }

    [Theory]
    [InlineData("zh", "永久链接", "复制链接", "引用此记录")]
    [InlineData("vi", "Liên kết cố định", "Sao chép liên kết", "Trích dẫn bản ghi này")]
    public async Task The_new_texts_are_in_the_interface_language(string language, string permalink, string copy, string cite)
    {
        var d = await app.Client(language).PageAsync("/records/en-nlc");
        Assert.Equal(permalink, d.Text("#permalink"));
        Assert.Equal(copy, d.Text("button.copy-link"));
        Assert.Equal(cite, d.Text("#cite"));
    }
}
