using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class CrawlScopeTests
{
    [Theory]
    [InlineData("https://lib.example/news/2021/a.html", true, true)]
    [InlineData("https://lib.example/news/", true, true)]
    [InlineData("https://lib.example/about.html", true, false)]
    [InlineData("https://lib.example/newsletter.html", true, false)]
    [InlineData("http://lib.example/news/a.html", false, false)] // another scheme is another origin
    [InlineData("https://lib.example:8443/news/a.html", false, false)]
    [InlineData("https://other.example/news/a.html", false, false)]
    public void Host_scope_keeps_the_origin_and_prefix_scope_the_folder(string url, bool inHost, bool inPrefix)
    {
        Uri[] starts = [new("https://lib.example/news/index.html")];
        Assert.Equal(inHost, new CrawlScope(CrawlScopeKind.Host, starts).Contains(new Uri(url)));
        Assert.Equal(inPrefix, new CrawlScope(CrawlScopeKind.Prefix, starts).Contains(new Uri(url)));
    }
}
