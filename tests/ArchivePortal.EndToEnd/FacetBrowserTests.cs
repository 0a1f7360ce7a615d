using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// A second portal, over an archive whose person facet is long (150 readers), sharing the collection's
/// browser: the sample archive of <see cref="PortalBrowser"/> has too few values for "All N values".
/// </summary>
public sealed class LongFacetPortal : IAsyncLifetime
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "portal-e2e-facets-" + Guid.NewGuid().ToString("N"));
    PortalFactory? factory;

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "archive.db");
        Archive.Open(db).Store.Upsert(Records());
        factory = new PortalFactory(db);
        BaseUrl = factory.StartOnLoopback();
        return Task.CompletedTask;
    }

    static List<ArchiveRecord> Records()
    {
        var list = new List<ArchiveRecord>();
        for (int i = 1; i <= 40; i++)
            list.Add(new ArchiveRecord
            {
                Id = $"en-{i:000}", Language = "en", Type = "news", Title = $"Reading room news {i}",
                Body = $"The reading room welcomed its readers, issue {i}.", Date = new DateOnly(1990 + i % 33, 1 + i % 12, 1),
                Persons = [.. Enumerable.Range(1, 150).Where(r => i % r == 0 || r > 40 && i == 1).Select(r => $"Reader {r:000}")],
            });
        list.Add(new ArchiveRecord
        {
            Id = "zh-names", Language = "zh", Type = "news", Title = "阅览室新闻", Body = "读者张明、王力和白云参加了阅览室活动。",
            Date = new DateOnly(2021, 5, 1), Persons = ["张明", "王力", "白云"],
        });
        return list;
    }

    public async Task<IPage> NewPageAsync(IBrowser browser, int width, int height, string locale = "en-US", bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, Locale = locale, BaseURL = BaseUrl, JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>"All N values" of a long facet, with and without JavaScript, on a desktop and a phone, in the three interface languages.</summary>
[Collection(PortalBrowser.Collection)]
public sealed class FacetBrowserTests(PortalBrowser portal, LongFacetPortal archive) : IClassFixture<LongFacetPortal>
{
    static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task The_all_values_page_without_javascript_orders_narrows_pages_and_applies_a_value()
    {
        var page = await archive.NewPageAsync(portal.Browser, 1280, 800, javaScript: false);
        await page.GotoAsync("/search?q=reading");
        var sidebarHeight = await page.Locator("aside.facets").EvaluateAsync<double>("a => a.getBoundingClientRect().height");
        Assert.True(sidebarHeight < 2000, $"the sidebar is {sidebarHeight} px tall");

        await page.Locator(".facet[data-facet=person]").GetByRole(AriaRole.Link, new() { Name = "All 150 values" }).ClickAsync();
        await page.WaitForURLAsync("**/search/facets/person?q=reading");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Person: all values");
        await Assertions.Expect(page.Locator(".facet-values li")).ToHaveCountAsync(100);
        await Assertions.Expect(page.Locator(".facet-values li .label").First).ToHaveTextAsync("Reader 001");

        // By name, then the next page of names.
        await page.GetByRole(AriaRole.Link, new() { Name = "By name (A–Z)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "By name (A–Z)" })).ToHaveAttributeAsync("aria-current", "true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next ›" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facet-values li .label").First).ToHaveTextAsync("Reader 101");

        // The name box is a plain form: typed text and Enter, no script.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Filter Person" }).FillAsync("reader 14");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".facet-values li")).ToHaveCountAsync(10);
        Assert.Contains("order=az", page.Url);

        // A value returns to the results, filtered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Reader 145" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Reader 145");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("of 1");
    }

    [Fact]
    public async Task With_javascript_all_values_opens_in_a_dialog_whose_name_box_filters_as_one_types()
    {
        var page = await archive.NewPageAsync(portal.Browser, 1280, 800);
        await page.GotoAsync("/search?q=reading");
        var all = page.Locator(".facet[data-facet=person] a.facet-all");
        await all.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Person: all values" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.EndsWith("/search?q=reading", page.Url); // still on the results
        var box = dialog.GetByRole(AriaRole.Searchbox, new() { Name = "Filter Person" });
        await Assertions.Expect(box).ToBeFocusedAsync();

        // Typing narrows the list without pressing Enter.
        await box.PressSequentiallyAsync("reader 14", new() { Delay = 30 });
        await Assertions.Expect(dialog.Locator(".facet-values li")).ToHaveCountAsync(10);
        await Assertions.Expect(box).ToBeFocusedAsync();

        // Escape first empties the box (as in any search box), which shows every value again; then it
        // closes the dialog and gives the focus back to the link.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveValueAsync("");
        await Assertions.Expect(dialog.Locator(".facet-values li")).ToHaveCountAsync(100);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(all).ToBeFocusedAsync();

        // A value in the dialog applies its filter.
        await all.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Link, new() { Name = "Reader 002" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Reader 002");

        // On the page itself (a link opened in a new tab), typing narrows the list and the address follows.
        await page.GotoAsync("/search/facets/person?q=reading");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Filter Person" }).PressSequentiallyAsync("reader 030", new() { Delay = 30 });
        await Assertions.Expect(page.Locator(".facet-values li")).ToHaveCountAsync(1);
        await page.WaitForURLAsync("**fq=reader*030");
    }

    [Theory]
    [InlineData("en-US", "Person: all values", "By name (A–Z)")]
    [InlineData("zh-CN", "人物：全部项", "按名称")]
    [InlineData("vi-VN", "Nhân vật: tất cả giá trị", "Theo tên (A–Z)")]
    public async Task Screenshots_of_the_all_values_page_and_dialog(string locale, string heading, string byName)
    {
        var lang = locale[..2];
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 800), ("phone", 390, 844) })
        {
            var page = await archive.NewPageAsync(portal.Browser, width, height, locale);
            await page.GotoAsync("/search/facets/person?q=&order=az");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = byName })).ToHaveAttributeAsync("aria-current", "true");
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{device} {lang}: the page is wider than the screen");
            await ShotAsync(page, $"facets-page-{device}-{lang}");

            await page.GotoAsync("/search?q=reading");
            if (device == "phone") await page.Locator("a.filters-button").ClickAsync();
            await page.Locator(".facet[data-facet=person] a.facet-all").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            await ShotAsync(page, $"facets-dialog-{device}-{lang}");
            await page.Context.CloseAsync();
        }
    }
}
