using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>What a visitor does, step by step, each step checked by what the page shows.</summary>
[Collection(PortalBrowser.Collection)]
public sealed class VisitorJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task Chinese_query_facet_page_two_record_and_vietnamese_ui()
    {
        var page = await portal.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Archive Portal" })).ToBeVisibleAsync();

        // Type a Chinese query with the keyboard and submit it with Enter.
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the archive" });
        await box.FillAsync("饶权");
        await PortalBrowser.SubmitWithEnterAsync(page, box, "**/search?q=*");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("of 25");
        await Assertions.Expect(page.Locator("#q-top")).ToHaveValueAsync("饶权");
        await Assertions.Expect(page.Locator("article.hit mark").First).ToBeVisibleAsync();

        // Select a person: 魏大威 is filed in every other record, shown with his English label as a removable chip.
        await page.Locator(".facet[data-facet=person] a", new() { HasText = "Wei Dawei" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Wei Dawei");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("of 12");
        Assert.All(await page.Locator("article.hit .badge").AllTextContentsAsync(), b => Assert.Equal("Chinese", b));

        // Page 2 keeps the query and the filter.
        await page.Locator(".pager").GetByRole(AriaRole.Link, new() { Name = "Page 2" }).ClickAsync();
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("11–12 of 12");
        Assert.Contains("f=person:wei-dawei", page.Url);
        Assert.Contains("page=2", page.Url);
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Wei Dawei");

        // Open a record.
        var first = page.Locator("article.hit h3 a").First;
        var title = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.Locator("article.record h1")).ToHaveTextAsync(title);
        // Persons are authority links labelled in the interface language: 饶权 reads Rao Quan in English.
        await Assertions.Expect(page.Locator(".record-meta")).ToContainTextAsync("Rao Quan");
        await Assertions.Expect(page.Locator(".record-body strong")).ToHaveTextAsync("古籍数字化");
        await Assertions.Expect(page.Locator("#related")).ToHaveTextAsync("Related records");

        // Switch the interface to Vietnamese: the same record, Vietnamese labels, remembered on the next page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("article.record h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#related")).ToHaveTextAsync("Bản ghi liên quan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang chủ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#newest-title")).ToHaveTextAsync("Bản ghi mới nhất");
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_search_box_and_results()
    {
        var page = await portal.NewPageAsync(1280, 900);
        await page.GotoAsync("/search?q=meeting");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('main') ? 'main' : 'elsewhere'");
        Assert.Equal("main", focused);
    }

    [Theory]
    [InlineData("desktop", 1280, 900, "en-US")]
    [InlineData("phone", 390, 844, "en-US")]
    [InlineData("desktop-vi", 1280, 900, "vi-VN")]
    [InlineData("phone-zh", 390, 844, "zh-CN")]
    public async Task Screenshots_of_home_results_and_record(string name, int width, int height, string locale)
    {
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        var page = await portal.NewPageAsync(width, height, locale);
        foreach (var (shot, url) in new[] { ("home", "/"), ("results", "/search?q=饶权&f=year:2022"), ("record", "/records/nlc-14"), ("advanced", "/advanced"), ("none", "/search?q=qqxzv&f=lang:vi") })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            // Nothing sticks out sideways on a phone.
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{shot} scrolls sideways at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"{shot}-{name}.png"), FullPage = true });
        }
    }
}
