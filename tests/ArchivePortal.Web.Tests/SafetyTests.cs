namespace ArchivePortal.Web.Tests;

/// <summary>Script in a title, snippet, facet value, institution or Markdown body is shown as text, never run.</summary>
public sealed class SafetyTests(PortalApp app) : IClassFixture<PortalApp>
{
    readonly HttpClient client = app.Client();

    static void NoInjectedMarkup(AngleSharp.Dom.IDocument d)
    {
        // The only scripts are the portal's own files (facets.js, search.js, record.js) and JSON-LD data, where < and > are escaped as \u003C and \u003E.
        Assert.All(d.QuerySelectorAll("script:not([src^='/'])"), s =>
        {
            Assert.Equal("application/ld+json", s.GetAttribute("type"));
            Assert.DoesNotContain("<", s.TextContent);
        });
        Assert.Empty(d.QuerySelectorAll("img"));
        Assert.Empty(d.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain(d.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Results_show_script_in_title_and_snippet_as_text()
    {
        var d = await client.PageAsync("/search?q=evil");
        NoInjectedMarkup(d);
        Assert.Contains(TestRecords.Script, d.QuerySelector("article.hit h3")!.TextContent);
        Assert.Contains(TestRecords.Script, d.QuerySelector("article.hit .snippet")!.TextContent);
    }

    [Fact]
    public async Task Record_page_shows_script_in_body_institution_persons_and_topics_as_text()
    {
        var d = await client.PageAsync("/records/evil");
        NoInjectedMarkup(d);
        Assert.Contains(TestRecords.Script, d.Text(".record-body"));
        Assert.Contains("<b>raw html</b>", d.Text(".record-body"));
        Assert.Empty(d.QuerySelectorAll(".record-body b"));
        Assert.Equal("https://example.org/", d.QuerySelectorAll(".record-body a").Last().GetAttribute("href"));
        Assert.Contains("<img src=x onerror=alert(2)>", d.Text(".record-meta"));
        Assert.Contains("Evil <img src=x onerror=alert(1)> Institute", d.Text(".record-meta"));
        Assert.Contains(TestRecords.Script, d.Text(".record-meta"));
    }

    [Fact]
    public async Task A_script_filter_value_in_the_url_is_shown_as_text()
    {
        var d = await client.PageAsync("/search?q=evil&f=topic:" + Uri.EscapeDataString(TestRecords.Script) + "&f=person:" + Uri.EscapeDataString("<img src=x onerror=alert(3)>"));
        NoInjectedMarkup(d);
        Assert.Contains(TestRecords.Script, d.Text(".chips, .no-results"));
    }

    [Fact]
    public async Task Pages_forbid_scripts_through_content_security_policy()
    {
        var response = await client.GetAsync("/records/evil");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        // Only the portal's own script files (search.js) run: no inline script, nothing from elsewhere.
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Language_switch_does_not_redirect_off_site()
    {
        var response = await client.GetAsync("/ui/vi?back=//evil.example/");
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
