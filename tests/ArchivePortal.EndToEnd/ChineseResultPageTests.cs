using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// A result page in the 中文 interface as Chromium draws it (issue 15, items 1 and 7): names and
/// dates in Chinese, snippets of at most two lines (three on a phone), Traditional text in a
/// Traditional font. Screenshots land in <see cref="PortalBrowser.ScreenshotFolder"/>.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class ChineseResultPageTests(PortalBrowser portal)
{
    [Theory]
    [InlineData("desktop", 1280, 900, 2)]
    [InlineData("phone", 390, 844, 3)]
    public async Task Result_lines_are_in_chinese_and_snippets_stay_within_their_lines(string name, int width, int height, int maxLines)
    {
        var page = await portal.NewPageAsync(width, height, "zh-CN");
        await page.GotoAsync("/search?f=year:2021");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");

        // The English record (its link carries the search) declares 国家图书馆 too: every result names the institution 中国国家图书馆, its date 2021年3月12日.
        var english = page.Locator("article.hit", new() { Has = page.Locator("a[href^='/records/nlc-en?']") });
        await Assertions.Expect(english.Locator(".institution")).ToHaveTextAsync("中国国家图书馆");
        await Assertions.Expect(english.Locator("time")).ToHaveTextAsync("2021年3月12日");

        foreach (var snippet in await page.Locator("article.hit .snippet").AllAsync())
        {
            var lines = await snippet.EvaluateAsync<double>("e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)");
            Assert.True(lines <= maxLines + 0.1, $"{lines:0.0} lines: {await snippet.TextContentAsync()}");
        }

        Directory.CreateDirectory(PortalBrowser.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.ScreenshotFolder, $"results-zh-{name}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Traditional_text_takes_the_traditional_font_even_inside_a_simplified_page()
    {
        var page = await portal.NewPageAsync(1280, 900, "zh-CN");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("会议"));

        // A result's article carries its record's lang; the portal's own stylesheet must pick the face.
        var fonts = await page.EvaluateAsync<string[]>("""
            () => ['zh-Hant', 'zh-Hans'].map(lang => {
                const e = document.createElement('p');
                e.lang = lang;
                e.textContent = '國家圖書館';
                document.querySelector('main').append(e);
                return getComputedStyle(e).fontFamily;
            })
            """);

        Assert.Contains("CJK TC", fonts[0]);
        Assert.DoesNotContain("CJK SC", fonts[0]);
        Assert.Contains("CJK SC", fonts[1]);
        await page.Context.CloseAsync();
    }
}
