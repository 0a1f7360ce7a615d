using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Tests.Components;

public sealed class FacetListTests
{
    static readonly FacetValue RaoQuan = new("rao-quan", 12) { Labels = new Dictionary<string, string> { ["en"] = "Rao Quan", ["zh"] = "饶权", ["vi"] = "Nhiêu Quyền" } };
    static readonly FacetValue WeiDawei = new("wei-dawei", 3) { Labels = new Dictionary<string, string> { ["en"] = "Wei Dawei", ["zh"] = "魏大威" } };

    static Task<AngleSharp.Dom.IDocument> Render(string name, IReadOnlyList<FacetValue> values, SearchState state, string ui = "en", int shown = 8) =>
        ComponentRenderer.RenderAsync<FacetList>(new()
        {
            ["Name"] = name, ["Values"] = values, ["State"] = state, ["T"] = Texts.For(ui), ["Shown"] = shown,
        });

    [Fact]
    public async Task Values_are_links_that_add_their_filter_with_labels_in_the_ui_language()
    {
        var d = await Render(FacetNames.Person, [RaoQuan, WeiDawei], new SearchState { Query = "meeting" }, ui: "zh");
        Assert.Equal("人物", d.Text("h3"));
        var links = d.QuerySelectorAll("li a");
        Assert.Equal("/search?q=meeting&f=person:rao-quan", links[0].GetAttribute("href"));
        Assert.Equal("饶权", links[0].QuerySelector(".label")!.TextContent);
        Assert.Equal("12", links[0].QuerySelector(".count")!.TextContent);
        Assert.Equal("魏大威", links[1].QuerySelector(".label")!.TextContent);
    }

    [Theory]
    [InlineData("en", "(1 record)", "(12 records)")]
    [InlineData("zh", "(1 条记录)", "(12 条记录)")]
    [InlineData("vi", "(1 bản ghi)", "(12 bản ghi)")]
    public async Task A_value_is_announced_with_its_count_in_words_after_the_text_it_shows(string ui, string one, string many)
    {
        var d = await Render(FacetNames.Person, [RaoQuan, WeiDawei with { Count = 1 }], new SearchState(), ui: ui);
        var links = d.QuerySelectorAll("li a");
        // No aria-label: the name is the visible label and count, then the words (WCAG 2.5.3, label in name).
        Assert.All(links, a => Assert.Null(a.GetAttribute("aria-label")));
        Assert.Equal([many, one], links.Select(a => a.QuerySelector(".visually-hidden")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Counts_are_written_with_the_interface_languages_digit_grouping()
    {
        var d = await Render(FacetNames.Language, [new FacetValue("zh", 54_321)], new SearchState(), ui: "vi");
        Assert.Equal("54.321", d.Text(".count"));
        Assert.Equal("(54.321 bản ghi)", d.Text("li a .visually-hidden"));
    }

    [Fact]
    public async Task A_selected_value_is_marked_and_its_link_removes_it()
    {
        var state = new SearchState { Query = "x", Filters = [new("person", "rao-quan")] };
        var d = await Render(FacetNames.Person, [RaoQuan, WeiDawei], state);
        var selected = d.QuerySelector("li.selected a")!;
        Assert.Equal("true", selected.GetAttribute("aria-current"));
        Assert.Equal("/search?q=x", selected.GetAttribute("href"));
        // Multi-select: another value adds to the selection.
        Assert.Equal("/search?q=x&f=person:rao-quan&f=person:wei-dawei", d.QuerySelectorAll("li a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_missing_label_falls_back_to_english_and_long_facets_fold_the_rest()
    {
        var many = Enumerable.Range(1, 12).Select(i => new FacetValue("v" + i, 20 - i)).ToList();
        var d = await Render(FacetNames.Topic, many, new SearchState(), shown: 5);
        Assert.Equal(5, d.QuerySelectorAll("section > ul > li").Length);
        Assert.Equal(7, d.QuerySelectorAll("details li").Length);
        Assert.Equal("Show 7 more", d.Text("details summary"));

        var vi = await Render(FacetNames.Person, [WeiDawei], new SearchState(), ui: "vi");
        Assert.Equal("Wei Dawei", vi.Text(".label"));

        // A person found in Chinese records only: named in Chinese, never by the id.
        var xuMing = new FacetValue("p-xu-ming", 4) { Labels = new Dictionary<string, string> { ["zh"] = "徐明" } };
        var en = await Render(FacetNames.Person, [xuMing], new SearchState());
        Assert.Equal("徐明", en.Text(".label"));
    }

    [Fact]
    public async Task Language_and_type_values_are_named_and_script_in_a_value_is_text()
    {
        var d = await Render(FacetNames.Language, [new FacetValue("vi", 2)], new SearchState(), ui: "zh");
        Assert.Equal("越南文", d.Text(".label"));

        var evil = await Render(FacetNames.Topic, [new FacetValue("<script>alert(1)</script>", 1)], new SearchState());
        Assert.Empty(evil.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", evil.Text(".label"));
    }

    [Fact]
    public async Task An_empty_facet_renders_nothing()
    {
        var d = await Render(FacetNames.Topic, [], new SearchState());
        Assert.Null(d.QuerySelector("section"));
    }
}
