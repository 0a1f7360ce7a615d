using ArchivePortal.Core.Search;
using ArchivePortal.Web.Components;
using ArchivePortal.Web.Localization;
using ArchivePortal.Web.Search;
using Bunit;

namespace ArchivePortal.Web.Tests.Components;

public sealed class FacetListTests : BunitContext
{
    static readonly FacetValue RaoQuan = new("rao-quan", 12) { Labels = new Dictionary<string, string> { ["en"] = "Rao Quan", ["zh"] = "饶权", ["vi"] = "Nhiêu Quyền" } };
    static readonly FacetValue WeiDawei = new("wei-dawei", 3) { Labels = new Dictionary<string, string> { ["en"] = "Wei Dawei", ["zh"] = "魏大威" } };

    IRenderedComponent<FacetList> Render(string name, IReadOnlyList<FacetValue> values, SearchState state, string ui = "en", int shown = 8) =>
        Render<FacetList>(p => p
            .Add(c => c.Name, name).Add(c => c.Values, values).Add(c => c.State, state)
            .Add(c => c.T, Texts.For(ui)).Add(c => c.Shown, shown));

    [Fact]
    public void Values_are_links_that_add_their_filter_with_labels_in_the_ui_language()
    {
        var cut = Render(FacetNames.Person, [RaoQuan, WeiDawei], new SearchState { Query = "meeting" }, ui: "zh");
        Assert.Equal("人物", cut.Find("h3").TextContent);
        var links = cut.FindAll("li a");
        Assert.Equal("/search?q=meeting&f=person:rao-quan", links[0].GetAttribute("href"));
        Assert.Equal("饶权", links[0].QuerySelector(".label")!.TextContent);
        Assert.Equal("12", links[0].QuerySelector(".count")!.TextContent);
        Assert.Equal("魏大威", links[1].QuerySelector(".label")!.TextContent);
    }

    [Theory]
    [InlineData("en", "Filter by Person: Wei Dawei 1 record", "Filter by Person: Rao Quan 12 records")]
    [InlineData("zh", "按人物筛选： 魏大威 1 条记录", "按人物筛选： 饶权 12 条记录")]
    [InlineData("vi", "Lọc theo Nhân vật: Wei Dawei 1 bản ghi", "Lọc theo Nhân vật: Nhiêu Quyền 12 bản ghi")]
    public void A_value_is_announced_with_its_count_in_words(string ui, string one, string many)
    {
        var cut = Render(FacetNames.Person, [RaoQuan, WeiDawei with { Count = 1 }], new SearchState(), ui: ui);
        Assert.Equal([many, one], cut.FindAll("li a").Select(AccessibleText.Name));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("vi")]
    public void A_links_spoken_name_contains_its_visible_text_so_voice_control_can_say_it(string ui)
    {
        var state = new SearchState { Filters = [new("person", "rao-quan")] };
        var cut = Render(FacetNames.Person, [RaoQuan, WeiDawei], state, ui: ui);
        Assert.All(cut.FindAll("li a"), link =>
        {
            var visible = AccessibleText.Visible(link);
            Assert.Matches(@"\S+ [\d.,]+$", visible); // the label and the count
            Assert.Contains(visible, AccessibleText.Name(link));
        });
    }

    [Fact]
    public void A_selected_value_is_announced_as_a_filter_to_remove()
    {
        var cut = Render(FacetNames.Person, [RaoQuan], new SearchState { Filters = [new("person", "rao-quan")] });
        Assert.Equal("Remove filter Person: Rao Quan 12 records", AccessibleText.Name(cut.Find("li a")));
    }

    [Fact]
    public void Counts_are_written_with_the_interface_languages_digit_grouping()
    {
        var cut = Render(FacetNames.Language, [new FacetValue("zh", 54_321)], new SearchState(), ui: "vi");
        Assert.Equal("54.321", cut.Find(".count").TextContent);
        Assert.Equal("Lọc theo Ngôn ngữ: Tiếng Trung 54.321 bản ghi", AccessibleText.Name(cut.Find("li a")));
    }

    [Fact]
    public void A_selected_value_is_marked_and_its_link_removes_it()
    {
        var state = new SearchState { Query = "x", Filters = [new("person", "rao-quan")] };
        var cut = Render(FacetNames.Person, [RaoQuan, WeiDawei], state);
        var selected = cut.Find("li.selected a");
        Assert.Equal("true", selected.GetAttribute("aria-current"));
        Assert.Equal("/search?q=x", selected.GetAttribute("href"));
        selected.QuerySelector(".check")!.MarkupMatches("""<span class="check" aria-hidden="true">✓</span>""");
        // Multi-select: another value adds to the selection.
        Assert.Equal("/search?q=x&f=person:rao-quan&f=person:wei-dawei", cut.FindAll("li a")[1].GetAttribute("href"));
    }

    [Fact]
    public void A_missing_label_falls_back_to_english_and_long_facets_fold_the_rest()
    {
        var many = Enumerable.Range(1, 12).Select(i => new FacetValue("v" + i, 20 - i)).ToList();
        var cut = Render(FacetNames.Topic, many, new SearchState(), shown: 5);
        Assert.Equal(5, cut.FindAll("section > ul > li").Count);
        Assert.Equal(7, cut.FindAll("details li").Count);
        cut.Find("details summary").MarkupMatches("<summary>Show 7 more</summary>");

        var vi = Render(FacetNames.Person, [WeiDawei], new SearchState(), ui: "vi");
        Assert.Equal("Wei Dawei", vi.Find(".label").TextContent);

        // A person found in Chinese records only: named in Chinese, never by the id.
        var xuMing = new FacetValue("p-xu-ming", 4) { Labels = new Dictionary<string, string> { ["zh"] = "徐明" } };
        var en = Render(FacetNames.Person, [xuMing], new SearchState());
        Assert.Equal("徐明", en.Find(".label").TextContent);
    }

    [Fact]
    public void Language_and_type_values_are_named_and_script_in_a_value_is_text()
    {
        var cut = Render(FacetNames.Language, [new FacetValue("vi", 2)], new SearchState(), ui: "zh");
        Assert.Equal("越南文", cut.Find(".label").TextContent);

        var evil = Render(FacetNames.Topic, [new FacetValue("<script>alert(1)</script>", 1)], new SearchState());
        Assert.Empty(evil.FindAll("script"));
        Assert.Equal("<script>alert(1)</script>", evil.Find(".label").TextContent);
    }

    [Fact]
    public void Typed_text_that_matches_no_value_keeps_the_box_the_way_back_and_says_so()
    {
        var state = new SearchState { Query = "meeting", More = FacetNames.Person, FacetText = "zzzz" };
        var cut = Render(FacetNames.Person, [], state, ui: "vi");
        Assert.Equal("zzzz", cut.Find("form.facet-filter input[name=fq]").GetAttribute("value"));
        cut.Find(".facet-empty").MarkupMatches("""<p class="facet-empty">Không có giá trị nào chứa “zzzz”.</p>""");
        Assert.Equal("/search?q=meeting", cut.Find("a.facet-toggle").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_facet_renders_nothing()
    {
        var cut = Render(FacetNames.Topic, [], new SearchState());
        cut.MarkupMatches("");
    }
}
