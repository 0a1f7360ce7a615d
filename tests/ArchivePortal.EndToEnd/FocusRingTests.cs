using ArchivePortal.EndToEnd.Checkers;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// Each place the Tab key reaches shows a focus ring a visitor can see: compared pixel by pixel
/// with the same place unfocused, an area at least as large as a 2 px line around the element
/// changes with a contrast of 3:1 or more (WCAG 2.4.13's measure; 1.4.11 asks 3:1).
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class FocusRingTests(PortalBrowser portal)
{
    const int TabStops = 16, Margin = 8;

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E9%A5%B6%E6%9D%83")]
    public async Task Every_tab_stop_shows_a_ring_of_at_least_3_to_1(string path)
    {
        var page = await portal.NewPageAsync(1280, 900);
        await page.GotoAsync(path);
        var faint = new List<string>();
        int examined = 0;
        for (int stop = 0; stop < TabStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var element = await page.EvaluateHandleAsync("document.activeElement") as IElementHandle;
            if (element is null || await element.EvaluateAsync<bool>("e => e === document.body")) break;
            await element.ScrollIntoViewIfNeededAsync();
            var box = await element.BoundingBoxAsync();
            if (box is null) continue;
            var clip = Clip(box, page.ViewportSize!);
            var focused = ScreenshotPixels.Decode(await page.ScreenshotAsync(new() { Clip = clip }));
            await element.EvaluateAsync("e => e.blur()");
            var unfocused = ScreenshotPixels.Decode(await page.ScreenshotAsync(new() { Clip = clip }));
            // Back to the same place as a keyboard user would be, so the next Tab goes on from here.
            await element.FocusAsync();

            examined++;
            var changed = StrongChanges(focused, unfocused);
            var needed = 2 * 2 * (box.Width + box.Height);
            if (changed < needed)
                faint.Add($"{await element.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)")}: {changed} px at 3:1, {needed:0} needed");
        }
        Assert.True(examined >= 10, $"only {examined} tab stops on {path}");
        Assert.True(faint.Count == 0, $"faint focus on {path}:\n" + string.Join("\n", faint));
    }

    static Clip Clip(ElementHandleBoundingBoxResult box, PageViewportSizeResult viewport)
    {
        var x = Math.Max(0, MathF.Floor(box.X) - Margin);
        var y = Math.Max(0, MathF.Floor(box.Y) - Margin);
        return new Clip
        {
            X = x, Y = y,
            Width = Math.Min(viewport.Width, MathF.Ceiling(box.X + box.Width) + Margin) - x,
            Height = Math.Min(viewport.Height, MathF.Ceiling(box.Y + box.Height) + Margin) - y,
        };
    }

    static int StrongChanges(ScreenshotPixels focused, ScreenshotPixels unfocused)
    {
        int count = 0;
        for (int y = 0; y < focused.Height; y++)
            for (int x = 0; x < focused.Width; x++)
                if (ScreenshotPixels.Contrast(focused[x, y], unfocused[x, y]) >= 3) count++;
        return count;
    }
}
