using ArchivePortal.Core.Records;
using ArchivePortal.Web.Facets;

namespace ArchivePortal.Web.Tests;

/// <summary>An archive whose person facet is long: 150 readers, each in a different number of records, and three Chinese names.</summary>
public sealed class LongFacetArchive : IDisposable
{
    public const int Readers = 150;

    public PortalApp App { get; } = new(Records());

    static List<ArchiveRecord> Records()
    {
        var list = new List<ArchiveRecord>();
        for (int i = 1; i <= 40; i++)
        {
            list.Add(new ArchiveRecord
            {
                Id = $"en-{i:000}", Language = "en", Type = "news", Title = $"Reading room news {i}",
                Body = $"The reading room welcomed its readers, issue {i}.", Date = new DateOnly(2000 + i % 20, 1 + i % 12, 1),
                // Reader 001 is in all 40 records, Reader 002 in 20, …: counts differ, so by-count order is not by-name order.
                Persons = [.. Enumerable.Range(1, Readers).Where(r => i % r == 0 || r > 40 && i == 1).Select(r => $"Reader {r:000}")],
            });
        }
        list.Add(new ArchiveRecord
        {
            Id = "zh-names", Language = "zh", Type = "news", Title = "阅览室新闻", Body = "读者张明、王力和白云参加了活动。",
            Date = new DateOnly(2021, 5, 1), Persons = ["张明", "王力", "白云"],
        });
        return list;
    }

    public void Dispose() => App.Dispose();
}

/// <summary>"All N values" opens a page of its own: ordered, narrowed by typed text, paged, without JavaScript.</summary>
public sealed class FacetPageTests(LongFacetArchive archive) : IClassFixture<LongFacetArchive>
{
    readonly HttpClient client = archive.App.Client();

    static List<string> Labels(AngleSharp.Dom.IDocument d) =>
        d.QuerySelectorAll(".facet-values li .label").Select(l => l.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_sidebar_links_a_long_facet_to_its_page_which_keeps_the_search_and_each_value_applies_its_filter()
    {
        var results = await client.PageAsync("/search?q=reading&f=lang:en&sort=newest");
        var persons = results.QuerySelector(".facet[data-facet=person]")!;
        // One way to the rest per facet: the link, not a fold-out of a few more beside it.
        Assert.Null(persons.QuerySelector("details"));
        var all = persons.QuerySelector("a.facet-all")!;
        Assert.Equal($"All {LongFacetArchive.Readers} values", all.TextContent.Trim());
        Assert.Equal("/search/facets/person?q=reading&f=lang:en&sort=newest", all.GetAttribute("href"));

        var page = await client.PageAsync(all.GetAttribute("href")!);
        Assert.Equal("Person: all values", page.Text("h1"));
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("/search?q=reading&f=lang:en&sort=newest", page.QuerySelector(".facet-back a")!.GetAttribute("href"));
        var first = page.QuerySelector(".facet-values li a")!;
        Assert.Equal("Reader 001", first.QuerySelector(".label")!.TextContent.Trim());
        Assert.Equal("/search?q=reading&f=lang:en&f=person:p-reader-001&sort=newest", first.GetAttribute("href"));

        // The link returns to the results, narrowed.
        var narrowed = await client.PageAsync(first.GetAttribute("href")!);
        Assert.Contains("Reader 001", narrowed.Text(".chips"));
    }

    [Fact]
    public async Task Values_come_a_hundred_a_page_and_a_page_past_the_last_goes_to_the_last()
    {
        var first = await client.PageAsync("/search/facets/person?q=reading");
        Assert.Equal(100, first.QuerySelectorAll(".facet-values li").Length);
        Assert.Equal("Showing 1–100 of 150 values", first.Text(".facet-page-values .count"));
        var next = first.QuerySelector(".pager a[rel~=next]")!.GetAttribute("href");
        Assert.Equal("/search/facets/person?q=reading&page=2", next);
        var second = await client.PageAsync(next!);
        Assert.Equal(50, second.QuerySelectorAll(".facet-values li").Length);
        Assert.Equal("Page 2 of 2", second.Text(".pager .gap"));
        Assert.Empty(Labels(first).Intersect(Labels(second)));

        var past = await client.GetAsync("/search/facets/person?q=reading&page=999");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, past.StatusCode);
        Assert.Equal("/search/facets/person?q=reading&page=2", past.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Values_are_ordered_by_count_or_by_name_in_the_interface_language()
    {
        var byCount = Labels(await client.PageAsync("/search/facets/person?q=reading"));
        Assert.Equal(["Reader 001", "Reader 002", "Reader 003", "Reader 004"], byCount.Take(4));

        var byName = await client.PageAsync("/search/facets/person?q=reading&order=az");
        Assert.Equal("true", byName.QuerySelector(".facet-order a[href$='order=az']")!.GetAttribute("aria-current"));
        var names = Labels(byName);
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
        Assert.Equal("Reader 001", names[0]);

        // Chinese names under the Chinese interface in pinyin order (bái, wáng, zhāng), not by code point (张 < 王 < 白).
        var zh = archive.App.Client("zh");
        var chinese = Labels(await zh.PageAsync("/search/facets/person?f=lang:zh&order=az"));
        Assert.Equal(["白云", "王力", "张明"], chinese);
    }

    [Fact]
    public async Task Typed_text_narrows_the_values_with_a_plain_form_that_keeps_the_search()
    {
        var d = await client.PageAsync("/search/facets/person?q=reading&f=lang:en&sort=oldest&order=az&fq=reader+14");
        Assert.Equal(["Reader 140", "Reader 141", "Reader 142", "Reader 143", "Reader 144", "Reader 145", "Reader 146", "Reader 147", "Reader 148", "Reader 149"], Labels(d));
        var form = d.QuerySelector("form.facet-filter")!;
        Assert.Equal("/search/facets/person", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("reader 14", form.QuerySelector("input[name=fq]")!.GetAttribute("value"));
        Assert.Equal("Filter Person", form.QuerySelector("label[for=fq]")!.TextContent.Trim());
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => i.GetAttribute("name") + "=" + i.GetAttribute("value"));
        Assert.Equal(["q=reading", "f=lang:en", "sort=oldest", "order=az"], hidden);

        var none = await client.PageAsync("/search/facets/person?q=reading&fq=zzzz");
        Assert.Equal("No value contains “zzzz”.", none.Text(".facet-empty"));
        Assert.Equal("zzzz", none.QuerySelector("input[name=fq]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/search/facets/nosuchfacet?q=x")]
    [InlineData("/search/facets/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/search/facets/%3Cscript%3E")]
    public async Task An_unknown_facet_is_a_friendly_not_found(string url)
    {
        var (response, d) = await client.GetAsync(url, parse: true);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", d.Text("h1"));
    }

    [Theory]
    [InlineData("/search/facets/person?q=%22unbalanced&fq=%22%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/search/facets/person?page=-3&order=nonsense&f=person:%3Cscript%3E")]
    [InlineData("/search/facets/topic?q=(((&fq=%F0%9F%98%80")]
    public async Task Hostile_parameters_never_break_the_page(string url)
    {
        var (response, d) = await client.GetAsync(url, parse: true);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(d.QuerySelectorAll("main script"));
        Assert.NotNull(d.QuerySelector("h1"));
    }

    [Fact]
    public async Task A_huge_filter_text_is_cut_not_echoed_whole()
    {
        var (response, d) = await client.GetAsync("/search/facets/person?fq=" + new string('x', 20_000), parse: true);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FacetPageState.MaxTextLength, d.QuerySelector("input[name=fq]")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task The_old_inline_expansion_moved_to_the_facet_page_for_good()
    {
        var response = await client.GetAsync("/search?q=reading&f=lang:en&more=person&fq=reader");
        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search/facets/person?q=reading&f=lang:en&fq=reader", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("en", "/search?q=reading", "Filters")]
    [InlineData("en", "/search?q=reading&f=lang:en&f=year:2001", "Filters (2)")]
    [InlineData("zh", "/search?q=reading&f=lang:en", "筛选（1）")]
    [InlineData("vi", "/search?q=reading&f=lang:en", "Bộ lọc (1)")]
    public async Task A_filters_link_leads_to_the_facets_and_counts_the_selected_filters(string ui, string url, string text)
    {
        var d = await archive.App.Client(ui).PageAsync(url);
        var button = d.QuerySelector(".results-bar a.filters-button")!;
        Assert.Equal(text, button.TextContent.Trim());
        Assert.Equal("#facets", button.GetAttribute("href"));
        Assert.NotNull(d.QuerySelector("aside#facets .facets-close[href='#main']"));
    }

    [Fact]
    public async Task The_results_load_the_dialog_script_only_where_a_facet_has_all_values_to_open()
    {
        var longFacet = await client.PageAsync("/search?q=reading");
        Assert.NotNull(longFacet.QuerySelector("script[src^='/facets.js?v=']"));
        var shortFacets = await client.PageAsync("/search?f=lang:zh");
        Assert.Null(shortFacets.QuerySelector("a.facet-all"));
        Assert.Null(shortFacets.QuerySelector("script[src^='/facets.js?v=']"));
    }
}
