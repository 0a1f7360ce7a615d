using System.Text.Json;
using ArchivePortal.EndToEnd.Checkers;
using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>
/// axe-core in Chromium finds nothing to report on any kind of page, in each interface language:
/// the WCAG 2.1 A and AA rules, axe's best practices (heading order, one landmark of a kind) and
/// its still experimental check that a control's spoken name contains its visible text (WCAG 2.5.3).
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class AccessibilityTests(PortalBrowser portal)
{
    const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                rules: { 'label-content-name-mismatch': { enabled: true } },
            });
            return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
        }
        """;

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("vi")]
    public async Task Axe_finds_no_violation_on_any_kind_of_page(string language)
    {
        var axe = await File.ReadAllTextAsync(WebCheckers.AxeScript);
        // The portal's policy allows no script at all; axe is the test's, not the page's.
        await using var context = await portal.Browser.NewContextAsync(new()
        {
            BaseURL = portal.BaseUrl, Locale = CheckedPages.Locale(language), BypassCSP = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();

        var violations = new List<string>();
        foreach (var (name, path) in await CheckedPages.AllAsync(portal.BaseUrl))
        {
            await page.GotoAsync(path);
            Assert.Equal(language == "zh" ? "zh-Hans" : language, await page.Locator("html").GetAttributeAsync("lang"));
            await page.AddScriptTagAsync(new() { Content = axe });
            var found = await page.EvaluateAsync<string[]>(RunAxe);
            violations.AddRange(found.Select(v => $"{name} ({path}): {v}"));
        }
        Assert.True(violations.Count == 0, $"axe-core, {language}:\n" + string.Join("\n", violations));
    }
}
