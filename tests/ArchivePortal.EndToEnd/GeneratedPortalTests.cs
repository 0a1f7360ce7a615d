using Microsoft.Playwright;

namespace ArchivePortal.EndToEnd;

/// <summary>The generated archive is what the portal serves: the journeys over it start from a portal that answers.</summary>
[Collection(GeneratedPortal.Collection)]
public sealed class GeneratedPortalTests(GeneratedPortal portal)
{
    [Fact]
    public async Task The_portal_serves_every_generated_record()
    {
        var page = await portal.NewPageAsync(1280, 800);
        await page.GotoAsync("/search?q=");
        await Assertions.Expect(page.Locator(".results-bar .count")).ToContainTextAsync("of 20,000");
        await page.Context.CloseAsync();
    }
}
