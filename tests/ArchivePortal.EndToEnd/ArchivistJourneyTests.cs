using System.Text.RegularExpressions;
using ArchivePortal.Storage.Accounts;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>What an archivist does, checked by what the public then sees in browsers of their own.</summary>
[Collection(PortalBrowser.Collection)]
public sealed class ArchivistJourneyTests(PortalBrowser portal)
{
    const string Password = "archivist password 2026";

    /// <summary>The public's count of records on the topic, in a browser context that never signed in.</summary>
    async Task<string?> PublicTopicCountAsync(string label)
    {
        var visitor = await portal.NewPageAsync(1280, 900);
        await visitor.GotoAsync("/search?q=" + Uri.EscapeDataString("ancient books"));
        var value = visitor.Locator(".facet[data-facet=topic] li", new() { HasText = label });
        var count = await value.CountAsync() == 0 ? null : (await value.Locator(".count").TextContentAsync())?.Trim();
        await visitor.Context.CloseAsync();
        return count;
    }

    [Fact]
    public async Task Sign_in_tag_a_record_see_it_counted_publicly_revert_it_then_withdraw_a_record()
    {
        portal.AddUser("ada", UserRole.Archivist, Password);
        Assert.Null(await PublicTopicCountAsync("Reading promotion"));

        // Sign in through the form.
        var page = await portal.NewPageAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Account name").FillAsync("ada");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Curation" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".account-menu")).ToContainTextAsync("Signed in as ada");

        // Open a seed record and file it under a topic typed by its Chinese name.
        await page.GotoAsync("/records/nlc-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this record" }).ClickAsync();
        await page.GetByLabel("Add Topic").FillAsync("阅读推广");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-ok")).ToContainTextAsync("Saved as change");

        Assert.Equal("1", await PublicTopicCountAsync("Reading promotion"));

        // Revert it from the audit log.
        await page.GotoAsync("/curate");
        var row = page.Locator("table.changes tbody tr", new() { HasText = "added Topic Reading promotion" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Revert" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-ok")).ToContainTextAsync("Reverted");
        await Assertions.Expect(row).ToContainTextAsync("Reverted by change");

        Assert.Null(await PublicTopicCountAsync("Reading promotion"));

        // Withdraw a record from the public.
        await page.GotoAsync("/curate/records/tvqg-2022");
        await page.GetByLabel("Withdrawn: hidden from the public").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-ok")).ToContainTextAsync("Saved as change");
        await page.GotoAsync("/records/tvqg-2022");
        await Assertions.Expect(page.Locator(".hidden-banner")).ToContainTextAsync("Withdrawn");

        var visitor = await portal.NewPageAsync(1280, 900);
        await visitor.GotoAsync("/search?q=" + Uri.EscapeDataString("Thư viện Quốc gia"));
        await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync("Hội nghị Tổng kết công tác năm 2022");
        var record = await visitor.GotoAsync("/records/tvqg-2022");
        Assert.Equal(404, record!.Status);
        await Assertions.Expect(visitor.Locator("main h1")).ToHaveTextAsync("Record not found");
        var api = await visitor.APIRequest.GetAsync("/api/search?q=" + Uri.EscapeDataString("Kiều Thúy Nga"));
        Assert.DoesNotContain("tvqg-2022", await api.TextAsync());
        var sitemap = await visitor.APIRequest.GetAsync("/sitemap.xml");
        Assert.DoesNotMatch(new Regex("/records/tvqg-2022<"), await sitemap.TextAsync());
        Assert.Contains("/records/nlc-en<", await sitemap.TextAsync());
    }
}
