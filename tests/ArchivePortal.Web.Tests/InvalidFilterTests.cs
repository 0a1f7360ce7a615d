using System.Text.Json;

namespace ArchivePortal.Web.Tests;

/// <summary>A filter that cannot filter is left out and named in a note, never shown as a chip over all records.</summary>
public sealed class InvalidFilterTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    [Fact]
    public async Task Dates_that_are_not_dates_are_ignored_with_a_note_and_no_chip()
    {
        var d = await client.PageAsync("/search?f=year:abcd&f=month:2021-13&f=year:-1");
        Assert.Empty(d.QuerySelectorAll(".chips a.chip"));
        Assert.Contains("of 28", d.Text(".count")); // every record: nothing filtered, and nothing claims to
        var notes = d.QuerySelectorAll("p.notice").Select(p => p.TextContent.Trim());
        Assert.Contains("3 filters were not understood and were ignored: year:abcd, month:2021-13, year:-1.", notes);
    }

    [Fact]
    public async Task A_valid_filter_beside_an_invalid_one_still_applies()
    {
        var d = await client.PageAsync("/search?f=year:abcd&f=lang:vi");
        Assert.Equal(["Language:"], d.QuerySelectorAll(".chips .chip-field").Select(c => c.TextContent.Trim()));
        Assert.Contains("of 1", d.Text(".count"));
        Assert.Contains("A filter was not understood and was ignored: year:abcd.", d.QuerySelectorAll("p.notice").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public async Task The_api_leaves_an_invalid_filter_out_and_says_so_in_the_interface_language()
    {
        var json = JsonDocument.Parse(await app.Client("vi").GetStringAsync("/api/search?q=&f=month:2021-13")).RootElement;
        Assert.Equal(0, json.GetProperty("filters").GetArrayLength());
        Assert.Equal(28, json.GetProperty("total").GetInt32());
        Assert.Equal("Một bộ lọc không hợp lệ đã bị bỏ qua: month:2021-13.", json.GetProperty("messages")[0].GetString());
    }
}
