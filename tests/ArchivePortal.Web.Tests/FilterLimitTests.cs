using System.Text.Json;
using ArchivePortal.Core.Records;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// A URL can carry any number of filters; a search honours <see cref="SearchState.MaxFilters"/> of
/// them and says so, and a page without results tries removing only a few of them.
/// </summary>
public sealed class FilterLimitTests(FilterLimitTests.SixWayArchive archive) : IClassFixture<FilterLimitTests.SixWayArchive>
{
    readonly HttpClient client = archive.App.Client();

    /// <summary>Years in which the archive has no record: together they still find nothing.</summary>
    static string EmptyYears(int count) => string.Join("&", Enumerable.Range(1400, count).Select(y => "f=year:" + y));

    [Fact]
    public async Task Filters_past_the_limit_are_ignored_with_a_note_on_the_page()
    {
        var d = await client.PageAsync("/search?q=&" + EmptyYears(SearchState.MaxFilters + 5));
        Assert.Equal(SearchState.MaxFilters, d.QuerySelectorAll(".chips a.chip").Length);
        var notes = d.QuerySelectorAll("p.notice").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("Only the first 20 filters were used; 5 more were ignored.", notes);
    }

    [Fact]
    public async Task Filters_past_the_limit_are_ignored_with_a_note_in_the_api()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=&" + EmptyYears(SearchState.MaxFilters + 1))).RootElement;
        Assert.Equal(SearchState.MaxFilters, json.GetProperty("filters").GetArrayLength());
        Assert.Equal("year:1419", json.GetProperty("filters")[SearchState.MaxFilters - 1].GetString());
        var messages = json.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("Only the first 20 filters were used; 1 more was ignored.", messages);
    }

    [Fact]
    public async Task Filters_within_the_limit_bring_no_note()
    {
        var d = await client.PageAsync("/search?q=&" + EmptyYears(SearchState.MaxFilters));
        Assert.Equal(SearchState.MaxFilters, d.QuerySelectorAll(".chips a.chip").Length);
        Assert.Empty(d.QuerySelectorAll("p.notice"));
    }

    [Fact]
    public async Task A_page_without_results_suggests_removing_only_the_last_few_filters()
    {
        // Six filters on six fields; each record lacks one of them, so removing any one finds a record.
        var d = await client.PageAsync("/search?q=&" + string.Join("&", SixWayArchive.Filters.Select(f => "f=" + f)));
        Assert.Equal("No records found", d.Text(".no-results h2"));
        var removed = d.QuerySelectorAll(".removals a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(PortalSearch.MaxRemovals, removed.Count);
        Assert.Equal("Remove filter: Type: News", removed[^1]); // the last filter added is among those tried
        Assert.DoesNotContain("Remove filter: Institution: National Library of China", removed); // the first is not
    }

    /// <summary>
    /// The portal over six records, each with every value of <see cref="Filters"/> but one: all six
    /// filters find nothing, any five find one record.
    /// </summary>
    public sealed class SixWayArchive : IDisposable
    {
        public PortalApp App { get; } = new(Records());

        public static readonly IReadOnlyList<string> Filters =
            ["institution:nlc", "person:rao-quan", "topic:digitization", "year:2021", "lang:en", "type:news"];

        static List<ArchiveRecord> Records()
        {
            ArchiveRecord Base(string id) => new()
            {
                Id = id, Language = "en", Type = "news", Date = new DateOnly(2021, 6, 1),
                Institution = "National Library of China", Persons = ["Rao Quan"],
                Title = "Digitization news " + id, Body = "The library went on with the digitization of its collections.",
            };
            return
            [
                Base("no-institution") with { Institution = "Shanghai Library" },
                Base("no-person") with { Persons = [] },
                Base("no-topic") with { Title = "Library news", Body = "The library opened a reading room." },
                Base("no-year") with { Date = new DateOnly(2019, 6, 1) },
                Base("no-lang") with { Language = "vi" },
                Base("no-type") with { Type = "meeting" },
            ];
        }

        public void Dispose() => App.Dispose();
    }
}
