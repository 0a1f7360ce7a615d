using System.Net;
using System.Text.Json;
using ArchivePortal.Storage.Accounts;

namespace ArchivePortal.Web.Tests;

/// <summary>The archivist's authority pages: names corrected and merges, seen by the public at once; merged addresses move for good.</summary>
public sealed class AuthorityPageTests : IDisposable
{
    readonly PortalApp app = new();

    async Task<Dictionary<string, (string Label, int Count)>> PublicPersonsAsync()
    {
        using var json = JsonDocument.Parse(await app.Browser().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("会议")));
        return json.RootElement.GetProperty("facets").GetProperty("person").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => (v.GetProperty("label").GetString()!, v.GetProperty("count").GetInt32()));
    }

    static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, string formSelector, params (string Name, string Value)[] changes)
    {
        var form = Html.Parse(await browser.GetStringAsync(page)).QuerySelector(formSelector)!;
        var fields = form.QuerySelectorAll("input[name], textarea[name]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .Where(f => changes.All(c => c.Name != f.Key)).ToList();
        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return await browser.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_corrected_english_label_is_what_the_public_facet_shows_at_once()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        Assert.Equal("Wei Dawei", (await PublicPersonsAsync())["wei-dawei"].Label);

        var saved = await SubmitAsync(archivist, "/curate/authorities/person/wei-dawei", "form.curate-form", ("Labels[en]", "Wei Da-wei"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Wei Da-wei", (await PublicPersonsAsync())["wei-dawei"].Label);
        Assert.Contains("Wei Da-wei", Html.Parse(await archivist.GetStringAsync("/curate?authority=wei-dawei")).Text("table.changes"));
    }

    [Fact]
    public async Task A_merged_person_leaves_the_facets_and_its_addresses_redirect_permanently()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);
        var before = await PublicPersonsAsync();
        Assert.True(before.ContainsKey("wei-dawei"));

        var merged = await SubmitAsync(archivist, "/curate/authorities/person/wei-dawei", "form[action$='handler=Merge']", ("MergeInto", "饶权"));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var after = await PublicPersonsAsync();
        Assert.False(after.ContainsKey("wei-dawei"));
        Assert.Equal(before["rao-quan"].Count, after["rao-quan"].Count); // every Wei Dawei record also names Rao Quan
        var page = await archivist.GetAsync("/curate/authorities/person/wei-dawei");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/curate/authorities/person/rao-quan", page.Headers.Location!.OriginalString);
        var search = await app.Browser().GetAsync("/search?f=person:wei-dawei");
        Assert.Equal(HttpStatusCode.MovedPermanently, search.StatusCode);
        Assert.Equal("/search?f=person:rao-quan", search.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Authorities_are_found_by_a_name_in_another_script()
    {
        var archivist = await app.SignedInAsync("alice", UserRole.Archivist);

        var list = Html.Parse(await archivist.GetStringAsync("/curate/authorities?kind=person&q=" + Uri.EscapeDataString("Rao Quan")));

        Assert.Contains("/curate/authorities/person/rao-quan", list.QuerySelectorAll("table.authorities a").Select(a => a.GetAttribute("href")));
    }

    public void Dispose() => app.Dispose();
}
