using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class RobotsRulesTests
{
    const string Robots = """
        # comments and odd spacing are normal
        User-agent: *
        Disallow: /

        User-agent: Googlebot
        User-agent: archiveportalbot
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$
        Disallow: /search?
        Crawl-delay: 2.5

        Sitemap: https://lib.example/sitemap_index.xml
        """;

    static bool Allowed(string robots, string path) => RobotsRules.Parse(robots).IsAllowed(new Uri("https://lib.example" + path));

    [Theory]
    [InlineData("/news/1.html", true)]
    [InlineData("/private/secret.html", false)]
    [InlineData("/private/open.html", true)] // the longer Allow wins
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf.html", true)] // $ anchors the end
    [InlineData("/search?q=x", false)]
    [InlineData("/search", true)]
    public void The_group_naming_our_bot_applies_with_the_longest_match(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed(Robots, path));

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read()
    {
        var rules = RobotsRules.Parse(Robots);
        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
        Assert.Equal(["https://lib.example/sitemap_index.xml"], rules.Sitemaps);
    }

    [Fact]
    public void Without_our_group_the_star_group_applies_and_an_equal_match_allows()
    {
        const string robots = "User-agent: *\nDisallow: /a\nAllow: /a\nDisallow: /b/\n";
        Assert.True(Allowed(robots, "/a"));
        Assert.False(Allowed(robots, "/b/c"));
        Assert.True(Allowed("", "/anything"));
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/anything"));
        Assert.False(RobotsRules.Unavailable.IsAllowed(new Uri("https://lib.example/")));
    }

    [Theory]
    [InlineData("/a*b", "/axxb/c", false)]
    [InlineData("/a*b$", "/axxb/c", true)]
    [InlineData("/a*b$", "/axbxb", false)]
    [InlineData("/*", "/", false)]
    [InlineData("/a$", "/a", false)]
    [InlineData("/a$", "/ab", true)]
    [InlineData("/**b", "/b", false)]
    [InlineData("/a*", "/", true)]
    [InlineData("/$x$", "/$x", false)] // only the last $ anchors
    public void Wildcards_match_any_run_and_a_final_dollar_the_end(string disallow, string path, bool allowed) =>
        Assert.Equal(allowed, Allowed($"User-agent: *\nDisallow: {disallow}\n", path));

    /// <summary>
    /// A robots.txt comes from anyone: a pattern of many wildcards against a long path must not
    /// backtrack for ever (a hang the fuzz tests found once given a long URL, issue 14).
    /// </summary>
    [Fact]
    public void Many_wildcards_against_a_long_path_answer_at_once()
    {
        var robots = "User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 30)) + "*b$\n";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(Allowed(robots, "/" + new string('a', 2000) + ".html"));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }
}
