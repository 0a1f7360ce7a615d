using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// On a phone the facets wait behind a "Filters (N)" link at the top of the results instead of
/// following ten results; the year histogram is one tab stop with labels one can read.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class PhoneFiltersTests(PortalBrowser portal)
{
    const string Results = "/search?q=饶权&f=lang:zh";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Phone_layout_with_the_filters_button(bool javaScript)
    {
        var context = await portal.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, Locale = "en-US", BaseURL = portal.BaseUrl, JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Results);
        var facets = page.Locator("aside.facets");
        await Assertions.Expect(facets).ToBeHiddenAsync();
        var button = page.GetByRole(AriaRole.Link, new() { Name = "Filters (1)" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        // At the top: above the first result, within the first screen.
        var buttonTop = (await button.BoundingBoxAsync())!.Y;
        var firstHit = (await page.Locator("article.hit").First.BoundingBoxAsync())!.Y;
        Assert.True(buttonTop < firstHit && buttonTop < 844, $"the button is at {buttonTop} px, the first result at {firstHit} px");

        await button.ClickAsync();
        await Assertions.Expect(facets).ToBeVisibleAsync();
        await Assertions.Expect(facets).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show 24 results" })).ToBeVisibleAsync();

        // The histogram's year labels are legible at this width (at least 11 px as drawn).
        var sizes = await page.Locator(".histogram svg text").EvaluateAllAsync<double[]>(
            "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        Assert.NotEmpty(sizes);
        Assert.All(sizes, s => Assert.True(s >= 11, $"a year label is {s:0.0} px"));

        // A value narrows the results and the button counts it.
        await facets.Locator(".facet[data-facet=person] a", new() { HasText = "Wei Dawei" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Filters (2)" })).ToBeVisibleAsync();
        await Assertions.Expect(facets).ToBeHiddenAsync();

        // "Show results" folds the facets away again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Filters (2)" }).ClickAsync();
        await page.Locator("a.facets-close").ClickAsync();
        await Assertions.Expect(facets).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_facets_stay_beside_the_results_and_the_histogram_is_one_tab_stop()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/search?q=饶权");
        await Assertions.Expect(page.Locator("aside.facets")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a.filters-button")).ToBeHiddenAsync();
        var sizes = await page.Locator(".histogram svg text").EvaluateAllAsync<double[]>(
            "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        Assert.All(sizes, s => Assert.True(s >= 11, $"a year label is {s:0.0} px"));

        // Tab from the sidebar's start: one stop in the histogram (its "Choose years"), then the first facet.
        await page.Locator("#facets").FocusAsync();
        var stops = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await page.EvaluateAsync<string>("() => document.activeElement.closest('.histogram') ? 'histogram' : 'other'"));
        }
        Assert.Equal(["histogram", "other", "other"], stops);

        // Enter on it shows the years as links.
        await page.Locator("#facets").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".year-list").GetByRole(AriaRole.Link, new() { Name = "2022: 6 records" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("vi-VN")]
    public async Task Screenshots_of_results_with_facets_on_desktop_and_with_filters_open_on_a_phone(string locale)
    {
        var lang = locale[..2];
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        var desktop = await portal.NewPageAsync(1280, 800, locale);
        await desktop.GotoAsync(Results);
        await desktop.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"facets-results-desktop-{lang}.png"), FullPage = true });
        await desktop.Context.CloseAsync();

        var phone = await portal.NewPageAsync(390, 844, locale);
        await phone.GotoAsync(Results);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"facets-results-phone-{lang}.png") });
        await phone.Locator("a.filters-button").ClickAsync();
        await Assertions.Expect(phone.Locator("aside.facets")).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"facets-filters-phone-{lang}.png") });
        await phone.Context.CloseAsync();
    }
}
