using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// A visitor reads the results one record after another: from a hit to the next and previous hits,
/// across the page boundary, and back to the results page they came from, the search kept throughout.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class RecordJourneyTests(PortalBrowser portal)
{
    const string Query = "饶权";

    static async Task<IReadOnlyList<string>> HitTitles(IPage page) =>
        (await page.Locator("article.hit h3 a").AllTextContentsAsync()).Select(t => t.Trim()).ToList();

    [Fact]
    public async Task Back_previous_and_next_keep_the_search()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(Query) + "&page=2");
        var secondPage = await HitTitles(page);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(Query));
        var firstPage = await HitTitles(page);

        // The last hit of the first page.
        await page.Locator("article.hit h3 a").Nth(9).ClickAsync();
        await Assertions.Expect(page.Locator("article.record h1")).ToHaveTextAsync(firstPage[9]);
        await Assertions.Expect(page.Locator(".record-trail .position")).ToHaveTextAsync("Result 10 of 25");
        await Assertions.Expect(page.Locator("#q-top")).ToHaveValueAsync(Query);
        await Assertions.Expect(page.Locator(".record-body mark").First).ToHaveTextAsync(Query);

        // Next crosses to the first hit of page 2.
        await page.Locator(".record-trail a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("article.record h1")).ToHaveTextAsync(secondPage[0]);
        await Assertions.Expect(page.Locator(".record-trail .position")).ToHaveTextAsync("Result 11 of 25");
        Assert.Contains("page=2", page.Url);
        Assert.Contains("n=11", page.Url);
        await Assertions.Expect(page.Locator("#q-top")).ToHaveValueAsync(Query);

        // Back to results returns to page 2, where this hit is.
        await page.Locator(".record-trail a.back").ClickAsync();
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("11–20 of 25");
        await Assertions.Expect(page.Locator("#q-top")).ToHaveValueAsync(Query);
        await Assertions.Expect(page.Locator("article.hit h3 a").First).ToHaveTextAsync(secondPage[0]);

        // Previous from there is the last hit of page 1 again, and its way back is page 1.
        await page.Locator("article.hit h3 a").First.ClickAsync();
        await page.Locator(".record-trail a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("article.record h1")).ToHaveTextAsync(firstPage[9]);
        await page.Locator(".record-trail a.back").ClickAsync();
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("1–10 of 25");
        Assert.DoesNotContain("page=", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_copy_button_puts_the_permalink_on_the_clipboard()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = portal.BaseUrl });
        await page.GotoAsync("/records/nlc-05?q=" + Uri.EscapeDataString(Query) + "&n=3");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Copy link" });
        // The script that shows it runs under the portal's content security policy.
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Link copied");
        Assert.Equal(portal.BaseUrl + "/records/nlc-05", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("desktop-en", 1280, 800, "en-US")]
    [InlineData("phone-en", 390, 844, "en-US")]
    [InlineData("desktop-zh", 1280, 800, "zh-CN")]
    [InlineData("phone-zh", 390, 844, "zh-CN")]
    [InlineData("desktop-vi", 1280, 800, "vi-VN")]
    [InlineData("phone-vi", 390, 844, "vi-VN")]
    public async Task Screenshots_of_a_record_opened_from_the_results(string name, int width, int height, string locale)
    {
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        var page = await portal.NewPageAsync(width, height, locale);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(Query));
        await page.Locator("article.hit h3 a").Nth(9).ClickAsync();
        await Assertions.Expect(page.Locator(".record-trail a[rel=next]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button.copy-link")).ToBeVisibleAsync();
        // Nothing sticks out sideways on a phone: the trail's titles and the addresses wrap or shorten.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"the record page scrolls sideways at {width}px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"record-trail-{name}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
