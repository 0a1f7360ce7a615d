using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>A visitor who mistypes "library" is offered the right spelling, in each interface language, on a desktop and a phone.</summary>
[Collection(PortalBrowser.Collection)]
public sealed class DidYouMeanJourneyTests(PortalBrowser portal)
{
    [Theory]
    [InlineData("desktop-en", 1280, 800, "en-US", "Search the archive", "Did you mean: library?")]
    [InlineData("phone-en", 390, 844, "en-US", "Search the archive", "Did you mean: library?")]
    [InlineData("desktop-zh", 1280, 800, "zh-CN", "检索档案", "您是不是要找：library？")]
    [InlineData("phone-zh", 390, 844, "zh-CN", "检索档案", "您是不是要找：library？")]
    [InlineData("desktop-vi", 1280, 800, "vi-VN", "Tìm trong kho lưu trữ", "Có phải bạn muốn tìm: library?")]
    [InlineData("phone-vi", 390, 844, "vi-VN", "Tìm trong kho lưu trữ", "Có phải bạn muốn tìm: library?")]
    public async Task Did_you_mean_for_libary(string name, int width, int height, string locale, string searchLabel, string question)
    {
        var page = await portal.NewPageAsync(width, height, locale);
        await page.GotoAsync("/");

        // Mistype "library" in the search box and submit with Enter.
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = searchLabel });
        await box.FillAsync("libary");
        await PortalBrowser.SubmitWithEnterAsync(page, box, "**/search?q=libary");

        // The question stands at the top of the results, on a phone too, without scrolling.
        var didYouMean = page.Locator(".did-you-mean");
        await Assertions.Expect(didYouMean).ToHaveTextAsync(question);
        await Assertions.Expect(didYouMean).ToBeInViewportAsync();
        await Assertions.Expect(didYouMean.Locator("strong")).ToHaveTextAsync("library");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"the page scrolls sideways at {width}px");
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"did-you-mean-{name}.png"), FullPage = true });

        // Following it searches the right spelling: records, and nothing more to suggest.
        await didYouMean.GetByRole(AriaRole.Link, new() { Name = "library" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=library");
        await Assertions.Expect(page.Locator("#q-top")).ToHaveValueAsync("library");
        await Assertions.Expect(page.Locator("article.hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.hit mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".did-you-mean")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
