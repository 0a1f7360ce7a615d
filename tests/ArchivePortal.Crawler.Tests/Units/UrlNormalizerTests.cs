using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.NLC.CN:80/News/Index.html#top", "http://www.nlc.cn/News/Index.html")]
    [InlineData("https://lib.example:443", "https://lib.example/")]
    [InlineData("https://lib.example:8443/a?b=2&a=1&utm_source=x&a=0", "https://lib.example:8443/a?a=1&a=0&b=2")]
    [InlineData("https://lib.example/a?", "https://lib.example/a")]
    [InlineData("http://127.0.0.1:5000/x/../y/./z.html", "http://127.0.0.1:5000/y/z.html")]
    public void Urls_get_one_spelling(string input, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(input))!.AbsoluteUri);

    [Theory]
    [InlineData("mailto:web@lib.example")]
    [InlineData("javascript:window.print()")]
    [InlineData("ftp://lib.example/file")]
    [InlineData("")]
    [InlineData("   ")]
    public void Non_web_links_are_dropped(string href) =>
        Assert.Null(UrlNormalizer.Resolve(new Uri("https://lib.example/news/"), href));

    [Fact]
    public void Relative_links_resolve_against_the_page() =>
        Assert.Equal("https://lib.example/news/2021/a.html", UrlNormalizer.Resolve(new Uri("https://lib.example/news/list.html"), " 2021/a.html#c ")!.AbsoluteUri);

    /// <summary>
    /// Found by the fuzz tests (issue 14): System.Uri's parser throws IndexOutOfRangeException from
    /// TryCreate on some links with bidi controls in the host (dotnet/runtime#1487); such a link is no link.
    /// </summary>
    [Theory]
    [InlineData("file://\u202A")]
    [InlineData("file://\u202A/etc/passwd")]
    [InlineData("\\\\\u200E//ab")]
    public void A_link_that_system_uri_cannot_parse_is_dropped(string href) =>
        Assert.Null(UrlNormalizer.Resolve(new Uri("https://lib.example/news/"), href));

    /// <summary>Found by the fuzz tests: URLs that Uri parses but UriBuilder cannot write back (UriFormatException).</summary>
    [Theory]
    [InlineData("http://:s@l")] // a password without a user name
    [InlineData("//\u037E")] // a host of a Greek question mark
    public void A_link_that_cannot_be_written_in_normal_form_is_dropped(string href) =>
        Assert.Null(UrlNormalizer.Resolve(new Uri("https://lib.example/news/"), href));
}
