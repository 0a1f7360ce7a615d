namespace ArchivePortal.Web.Tests;

public sealed class SearchPageTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task Home_shows_search_box_counts_histogram_and_newest_records()
    {
        var d = await client.PageAsync("/");
        Assert.NotNull(d.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        Assert.Contains("28 records in 3 languages", d.Text(".counts"));
        Assert.NotEmpty(d.QuerySelectorAll(".histogram svg a rect"));
        var newest = d.QuerySelectorAll(".newest .record-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/records/vi-tvqg", newest[0]);
        Assert.NotNull(d.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Search_keeps_the_query_in_the_box_and_counts_the_hits()
    {
        var d = await client.PageAsync("/search?q=饶权");
        Assert.Equal("饶权", d.QuerySelector("#q-top")!.GetAttribute("value"));
        // The 25 Chinese records that write 饶权, and the English one that writes only Rao Quan (the authority's other name).
        Assert.Contains("of 26", d.Text(".count"));
        Assert.Equal(10, d.QuerySelectorAll("article.hit").Length);
        Assert.Contains("饶权", d.Title);
        var first = d.QuerySelector("article.hit")!;
        Assert.NotNull(first.QuerySelector("h3 a[href^='/records/zh-']"));
        Assert.NotNull(first.QuerySelector(".snippet mark"));
        Assert.Equal("Chinese", first.QuerySelector(".badge")!.TextContent);
    }

    [Fact]
    public async Task A_facet_link_narrows_shows_a_removable_chip_and_a_clear_all()
    {
        var all = await client.PageAsync("/search?q=meeting");
        var lang = all.QuerySelectorAll(".facet[data-facet=lang] a").First(a => a.TextContent.Contains("English"));
        var href = lang.GetAttribute("href")!;
        Assert.Equal("/search?q=meeting&f=lang:en", href);

        var narrowed = await client.PageAsync(href);
        Assert.All(narrowed.QuerySelectorAll("article.hit .badge"), b => Assert.Equal("English", b.TextContent));
        var chip = narrowed.QuerySelector(".chips a.chip")!;
        Assert.Equal("/search?q=meeting", chip.GetAttribute("href"));
        Assert.Equal("/search?q=meeting", narrowed.QuerySelector(".chips a.clear-all")!.GetAttribute("href"));
        Assert.Equal("true", narrowed.QuerySelector(".facet[data-facet=lang] a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Two_values_of_one_facet_combine_with_or()
    {
        var d = await client.PageAsync("/search?f=lang:en&f=lang:vi");
        var badges = d.QuerySelectorAll("article.hit .badge").Select(b => b.TextContent).Distinct().OrderBy(x => x).ToList();
        Assert.Equal(["English", "Vietnamese"], badges);
    }

    [Fact]
    public async Task Page_two_keeps_every_parameter()
    {
        var d = await client.PageAsync("/search?q=饶权&f=lang:zh&sort=newest&page=2");
        Assert.Contains("11–20 of 25", d.Text(".count"));
        var current = d.QuerySelector(".pager a[aria-current=page]")!;
        Assert.Equal("2", current.TextContent);
        var next = d.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest&page=3", next);
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=lang:zh&sort=newest", d.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    public async Task Sort_orders_by_date(string sort)
    {
        var d = await client.PageAsync("/search?q=饶权&sort=" + sort);
        var dates = d.QuerySelectorAll("article.hit time").Select(t => t.GetAttribute("datetime")!).ToList();
        var expected = sort == "newest" ? dates.OrderDescending().ToList() : dates.Order().ToList();
        Assert.Equal(expected, dates);
        Assert.Equal(sort, d.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task No_results_suggest_removing_filters_and_the_search_without_diacritics()
    {
        var d = await client.PageAsync("/search?q=Kiều Thúy Nga&f=lang:zh");
        Assert.Equal("No records found", d.Text(".no-results h2"));
        var removal = d.QuerySelector(".no-results .removals li")!;
        Assert.Equal("/search?q=Ki%E1%BB%81u%20Th%C3%BAy%20Nga", removal.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Remove filter: Language: Chinese (1 result)", removal.TextContent.Trim());

        // The person's name, not the id, though no result counts it.
        var person = await client.PageAsync("/search?q=qqxzvw&f=person:rao-quan");
        Assert.Equal("Person: Rao Quan ×", person.Text(".chips .chip"));

        var plain = await client.PageAsync("/search?q=qqxzvw");
        Assert.Equal("No records found", plain.Text(".no-results h2"));
        Assert.Empty(plain.QuerySelectorAll(".no-results ul"));
    }

    [Fact]
    public async Task Advanced_form_redirects_to_the_query_language_url()
    {
        var response = await client.GetAsync("/advanced?all=ancient books&none=digitization&person=Rao Quan&from=2020&to=2021-06&lang=en&type=meeting");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.ToString());
        Assert.Equal("/search?q=ancient books -digitization person:\"Rao Quan\" date:2020..2021-06 lang:en type:meeting", location);

        var form = await client.PageAsync("/advanced");
        Assert.All(form.QuerySelectorAll("input:not([type=hidden]), select"), input =>
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']")));
    }
}

public sealed class LongFacetTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task A_facet_can_be_shown_in_full_and_narrowed_by_typed_text_without_javascript()
    {
        var expanded = await client.PageAsync("/search/facets/person?fq=kieu");
        Assert.Equal(["Kieu Thuy Nga"], expanded.QuerySelectorAll(".facet-values li .label").Select(l => l.TextContent.Trim()));
        var form = expanded.QuerySelector("form.facet-filter")!;
        Assert.Equal("kieu", form.QuerySelector("input[name=fq]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("label[for=fq]"));
        Assert.Equal("/search", expanded.QuerySelector(".facet-back a")!.GetAttribute("href"));

        // A facet with more values than the sidebar has offers them all on their page.
        var plain = await client.PageAsync("/search?q=");
        var size = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=")).RootElement
            .GetProperty("facetSizes").GetProperty("topic").GetInt32();
        var topics = plain.QuerySelector(".facet[data-facet=topic]")!;
        var toggle = topics.QuerySelector("a.facet-all");
        if (size > 10) Assert.Equal("/search/facets/topic", toggle!.GetAttribute("href"));
        else Assert.Null(toggle);
    }

    [Fact]
    public async Task Typed_text_that_matches_no_value_keeps_the_facet_its_box_and_the_way_back()
    {
        var d = await client.PageAsync("/search/facets/person?q=meeting&fq=zzzz");
        Assert.Equal("No value contains “zzzz”.", d.Text(".facet-empty"));
        Assert.Equal("zzzz", d.QuerySelector("form.facet-filter input[name=fq]")!.GetAttribute("value"));
        Assert.Equal("/search?q=meeting", d.QuerySelector(".facet-back a")!.GetAttribute("href"));
    }
}

public sealed class FilterOrderTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    /// <summary>The output cache sorts a request's repeated query values in place; the page reads them as sent.</summary>
    [Fact]
    public async Task Selected_filters_keep_the_order_of_the_url()
    {
        var d = await client.PageAsync("/search?q=meeting&f=year:2022&f=lang:en");
        Assert.Equal(["Year:", "Language:"], d.QuerySelectorAll(".chips .chip-field").Select(c => c.TextContent.Trim()));
        var meeting = d.QuerySelectorAll(".facet[data-facet=type] a").First(a => a.TextContent.Contains("Meeting"));
        Assert.Equal("/search?q=meeting&f=year:2022&f=lang:en&f=type:meeting", meeting.GetAttribute("href"));

        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=meeting&f=year:2022&f=lang:en")).RootElement;
        Assert.Equal(["year:2022", "lang:en"], json.GetProperty("filters").EnumerateArray().Select(f => f.GetString()));
    }
}

public sealed class NoticeTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task A_note_repeated_in_the_query_is_shown_once()
    {
        var query = Uri.EscapeDataString("meeting" + new string(')', 250)); // under SearchState.MaxQueryLength: one note, not also the cut
        var d = await client.PageAsync("/search?q=" + query);
        Assert.Single(d.QuerySelectorAll("p.notice"));
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + query)).RootElement;
        Assert.Equal(1, json.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task A_page_without_results_does_not_claim_to_show_some()
    {
        var d = await client.PageAsync("/search?q=meeting%20xyzzy&f=lang:vi");
        Assert.Equal("No records found", d.Text(".no-results h2"));
        Assert.DoesNotContain(d.QuerySelectorAll("p.notice"), p => p.TextContent.Contains("showing records"));
    }
}
