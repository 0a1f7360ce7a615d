using System.Net;
using System.Text.Json;
using ArchivePortal.Storage.Accounts;

namespace ArchivePortal.Web.Tests;

/// <summary>The archivist's pages over a real database: an edit is public at once, audited, revertible, and never lost to a concurrent one.</summary>
public sealed class CurationPageTests : IDisposable
{
    readonly PortalApp app = new();

    const string Form = "/curate/records/zh-07";

    /// <summary>The record's edit form as the archivist's browser would submit it unchanged, plus <paramref name="changes"/>.</summary>
    static async Task<List<KeyValuePair<string, string>>> FormFieldsAsync(HttpClient browser, params (string Name, string Value)[] changes)
    {
        var form = Html.Parse(await browser.GetStringAsync(Form)).QuerySelector("main form.curate-form")!;
        var fields = form.QuerySelectorAll("input[type=hidden], input[name^='Form.'], select, textarea")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                e.LocalName == "select" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "" :
                e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .ToList();
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name && !name.StartsWith("Remove", StringComparison.Ordinal));
            fields.Add(new(name, value));
        }
        fields.Add(new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        return fields;
    }

    async Task<int> PublicTopicCountAsync(string topic)
    {
        using var json = JsonDocument.Parse(await app.Browser().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("会议")));
        return json.RootElement.GetProperty("facets").GetProperty("topic").EnumerateArray()
            .Where(v => v.GetProperty("value").GetString() == topic).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();
    }

    [Fact]
    public async Task A_topic_added_by_its_Chinese_name_is_counted_publicly_at_once_and_its_revert_takes_it_back()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        Assert.Equal(0, await PublicTopicCountAsync("reading-promotion")); // and now cached

        var saved = await archivist.PostAsync(Form, new FormUrlEncodedContent(await FormFieldsAsync(archivist, ("AddLinks[topic]", "阅读推广"))));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await PublicTopicCountAsync("reading-promotion"));
        var log = Html.Parse(await archivist.GetStringAsync("/curate?record=zh-07"));
        var row = log.QuerySelector("table.changes tbody tr")!;
        Assert.Contains("alice", row.TextContent);
        Assert.Contains("added Topic Reading promotion", row.TextContent);

        var change = row.QuerySelector("input[name=change]")!.GetAttribute("value")!;
        var reverted = await archivist.PostFormAsync("/curate", "/curate?handler=Revert", [new("change", change)]);

        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        Assert.Equal(0, await PublicTopicCountAsync("reading-promotion"));
        Assert.Contains($"Reverted by change", Html.Parse(await archivist.GetStringAsync("/curate?record=zh-07")).Text($"#change-{change}"));
    }

    [Fact]
    public async Task A_corrected_title_shows_on_the_public_record_page_and_in_search_at_once()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        Assert.DoesNotContain("Corrected", await app.Browser().GetStringAsync("/records/zh-07")); // cached now

        await archivist.PostAsync(Form, new FormUrlEncodedContent(await FormFieldsAsync(archivist, ("Form.Title", "国家图书馆召开第7次馆务会议（Corrected）"))));

        Assert.Equal("国家图书馆召开第7次馆务会议（Corrected）", Html.Parse(await app.Browser().GetStringAsync("/records/zh-07")).Text("main h1"));
        Assert.Contains("zh-07", await app.Browser().GetStringAsync("/api/search?q=Corrected"));
    }

    [Fact]
    public async Task The_second_of_two_archivists_editing_one_title_is_shown_the_first_ones_change_and_nothing_is_lost()
    {
        var alice = await app.SignedInAsync("alice", UserRole.Archivist);
        var bob = await app.SignedInAsync("bob", UserRole.Archivist);
        var aliceForm = await FormFieldsAsync(alice, ("Form.Title", "Title by Alice"));
        var bobForm = await FormFieldsAsync(bob, ("Form.Title", "Title by Bob"));

        Assert.Equal(HttpStatusCode.Redirect, (await alice.PostAsync(Form, new FormUrlEncodedContent(aliceForm))).StatusCode);
        var refused = await bob.PostAsync(Form, new FormUrlEncodedContent(bobForm));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Title is now “Title by Alice” (changed by alice", page.Text(".form-error"));
        Assert.Equal("Title by Bob", page.QuerySelector("#title")!.GetAttribute("value")); // Bob's value kept to save again
        Assert.Equal("Title by Alice", Html.Parse(await app.Browser().GetStringAsync("/records/zh-07")).Text("main h1"));

        // Saving again from the refreshed form is deliberate, and goes through.
        var again = await bob.PostAsync(Form, new FormUrlEncodedContent(await FormFieldsAsync(bob, ("Form.Title", "Title by Bob"))));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Title by Bob", Html.Parse(await app.Browser().GetStringAsync("/records/zh-07")).Text("main h1"));
    }

    [Fact]
    public async Task An_unknown_authority_name_is_reported_and_nothing_is_saved()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        var response = await archivist.PostAsync(Form, new FormUrlEncodedContent(
            await FormFieldsAsync(archivist, ("Form.Title", "Changed title"), ("AddLinks[topic]", "Underwater basket weaving"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No Topic is called “Underwater basket weaving”.", Html.Parse(await response.Content.ReadAsStringAsync()).Text(".form-error"));
        Assert.DoesNotContain("Changed title", await app.Browser().GetStringAsync("/records/zh-07"));
    }

    [Fact]
    public async Task A_record_that_does_not_exist_has_no_edit_form()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        Assert.Equal(HttpStatusCode.NotFound, (await archivist.GetAsync("/curate/records/no-such-record")).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_record_disappears_from_every_public_view_and_archivists_see_it_with_a_banner()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        var visitor = app.Browser();
        Assert.Contains("zh-07", await visitor.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("第7次"))); // cached now

        var saved = await archivist.PostAsync(Form, new FormUrlEncodedContent(await FormFieldsAsync(archivist, ("Form.Visibility", "withdrawn"))));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/records/zh-07")).StatusCode);
        Assert.DoesNotContain("zh-07", await visitor.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("第7次")));
        Assert.DoesNotContain("/records/zh-07<", await visitor.GetStringAsync("/sitemap.xml"));
        Assert.Contains("/records/zh-08<", await visitor.GetStringAsync("/sitemap.xml"));
        var seen = Html.Parse(await archivist.GetStringAsync("/records/zh-07"));
        Assert.Contains("Withdrawn: this record is hidden from the public", seen.Text(".hidden-banner"));
        Assert.Equal("/curate/records/zh-07", Html.Parse(await archivist.GetStringAsync("/curate")).QuerySelector(".hidden-records a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Tagging_all_results_of_a_search_shows_the_count_first_and_is_revertible_as_one_change()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        var search = Html.Parse(await archivist.GetStringAsync("/search?q=" + Uri.EscapeDataString("馆务会议")));
        var bulkUrl = search.QuerySelector("a.tag-all")!.GetAttribute("href")!;
        Assert.Equal("Tag all 25 results", search.Text("a.tag-all"));

        var previewForm = Html.Parse(await archivist.GetStringAsync(bulkUrl)).QuerySelector("form.curate-form")!;
        var fields = new Dictionary<string, string>
        {
            ["Add"] = "true", ["Kind"] = "topic", ["Authority"] = "阅读推广",
            ["__RequestVerificationToken"] = previewForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        var preview = Html.Parse(await (await archivist.PostAsync(previewForm.GetAttribute("action"), new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
        Assert.Equal("Of 25 matching records, 25 are not yet filed under Topic Reading promotion and would be.", preview.Text(".bulk-confirm .form-ok"));
        Assert.Equal(0, await PublicTopicCountAsync("reading-promotion"));

        var confirm = preview.QuerySelector("form.bulk-confirm")!;
        var applied = await archivist.PostAsync(confirm.GetAttribute("action"), new FormUrlEncodedContent(confirm.QuerySelectorAll("input")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value")!))));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(25, await PublicTopicCountAsync("reading-promotion"));
        var change = Html.Parse(await archivist.GetStringAsync("/curate")).QuerySelector("table.changes tbody tr input[name=change]")!.GetAttribute("value")!;
        await archivist.PostFormAsync("/curate", "/curate?handler=Revert", [new("change", change)]);
        Assert.Equal(0, await PublicTopicCountAsync("reading-promotion"));
    }

    [Fact]
    public async Task A_topic_no_authority_knows_is_created_from_the_record_form_when_asked()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        var refused = await archivist.PostAsync(Form, new FormUrlEncodedContent(await FormFieldsAsync(archivist, ("AddLinks[topic]", "Oral history"))));
        Assert.Contains("No Topic is called “Oral history”.", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".form-error"));

        var created = await archivist.PostAsync(Form, new FormUrlEncodedContent(
            await FormFieldsAsync(archivist, ("AddLinks[topic]", "Oral history"), ("CreateMissing[topic]", "true"))));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1, await PublicTopicCountAsync("oral-history"));
        var page = Html.Parse(await archivist.GetStringAsync("/curate/authorities/topic/oral-history"));
        Assert.StartsWith("Oral history", page.Text("main h1"));
    }

    public void Dispose() => app.Dispose();
}
