using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// Issue 15 on the 20,000 generated records: a name typed in Latin letters shows the languages it is
/// written in on page 1, and a search past 10,000 results says where its pages stop.
/// </summary>
[Collection(GeneratedPortal.Collection)]
public sealed class MixedLanguageJourneyTests(GeneratedPortal portal)
{
    [Fact]
    public async Task The_Rao_Quan_journey_shows_chinese_records_on_page_one()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the archive" });
        await box.FillAsync("Rao Quan");
        await PortalBrowser.SubmitWithEnterAsync(page, box, "**/search?q=*");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("Showing 1–10 of 3,");

        // English records write Rao Quan and Chinese ones 饶权: both languages take turns from the top.
        var badges = await page.Locator("article.hit .badge").AllTextContentsAsync();
        Assert.Equal(10, badges.Count);
        Assert.True(badges.Count(b => b == "Chinese") >= 4, "page 1: " + string.Join(", ", badges));
        Assert.True(badges.Count(b => b == "English") >= 4, "page 1: " + string.Join(", ", badges));
        Assert.Contains("Chinese", badges.Take(2));
        // The Chinese records are there for the name, not by chance.
        await Assertions.Expect(page.Locator("article.hit", new() { Has = page.Locator(".badge", new() { HasText = "Chinese" }) }).First).ToContainTextAsync("饶权");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Past_ten_thousand_results_the_pager_and_the_last_page_say_where_the_pages_stop()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/search?q=");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("of 20,000");
        await Assertions.Expect(page.Locator(".pager .pager-stop")).ToHaveTextAsync("Pages end at result 10,000");
        await Assertions.Expect(page.Locator(".pager a[aria-label='Page 1000']")).ToBeVisibleAsync();

        await page.Locator(".pager a[aria-label='Page 1000']").ClickAsync();
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("Showing 9,991–10,000 of 20,000");
        await Assertions.Expect(page.Locator(".pages-stop")).ToContainTextAsync("The pages end at result 10,000 of 20,000");
        await Assertions.Expect(page.Locator(".pager a[rel=next]")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("page 1,000"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("vi-VN")]
    public async Task Screenshots_of_the_mixed_results_on_desktop_and_phone(string locale)
    {
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 800), ("phone", 390, 844) })
        {
            var page = await portal.NewPageAsync(width, height, locale);
            var response = await page.GotoAsync("/search?q=" + Uri.EscapeDataString("Rao Quan") + "&f=year:2021");
            Assert.Equal(200, response!.Status);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"the results scroll sideways at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"rao-quan-{name}-{locale}.png") });
            await page.Context.CloseAsync();
        }
    }
}
