using ArchivePortal.Tests.Fuzzing;

namespace ArchivePortal.Crawler.Tests.Fuzz;

/// <summary>What the crawler fuzz targets start from: the test site's pages, saved pages, hand-written robots.txt, sitemaps and links.</summary>
internal static class CrawlSeeds
{
    public static readonly Uri PageUrl = new("https://lib.example/news/2021/03/12/t20190125_4521.html");

    public static List<byte[]> Pages() =>
    [
        .. FuzzSeeds.Files([".html", ".htm", ".txt"], ["tests/ArchivePortal.Crawler.Tests/testdata/site", "tests/ArchivePortal.Ingest.Tests/testdata"], ["eval/dev/raw"]),
        .. new[]
        {
            "<html><head><meta name=\"robots\" content=\"nofollow,noindex\"><base href=\"/other/\"><link rel=\"canonical\" href=\"https://lib.example/a?utm_source=x&b=2&a=1#f\">" +
            "<title>T</title></head><body><a href=\"x.html\" rel=\"nofollow\">x</a><area href=\"//lib.example:443/y\"><a href=\"javascript:alert(1)\">j</a>" +
            "<a href=\"HTTPS://LIB.EXAMPLE/%7Euser/../z\">z</a><a href=\"mailto:a@b\">m</a><h1>T</h1><p>Body 2021-03-12.</p></body></html>",
        }.Select(FuzzInputs.Utf8),
    ];

    public static readonly string[] PageTokens =
    [
        .. FuzzTokens.Html, "<a href=\"", "<area href=\"", "rel=\"nofollow\"", "<meta name=\"ArchivePortalBot\" content=\"none\">",
        "http://", "https://", "//", "../", "./", "?", "#", "%", "%00", "%zz", "%C3%A9", "[::1]", "[fe80::1%25eth0]", ":8080", ":99999", "@", "xn--",
        "\\\\", "file:///etc/passwd", "data:text/html,", "utm_source=x", "&amp;", "&#x3a;",
    ];

    public static readonly string[] Robots =
    [
        "# comments\nUser-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: archiveportalbot\nDisallow: /private/\nAllow: /private/open.html\n" +
        "Disallow: /*.pdf$\nDisallow: /search?\nCrawl-delay: 2.5\n\nSitemap: https://lib.example/sitemap_index.xml\n",
        "User-agent: ArchivePortalBot\nDisallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b$\nCrawl-delay: 1e308\n",
        "user-agent:*\r\nallow:/news/$\r\ndisallow:/*?*utm_\r\ncrawl-delay: -1\r\nsitemap: /relative.xml\r\n",
    ];

    public static readonly string[] RobotsTokens =
    [
        "User-agent: ", "user-agent:", "*", "ArchivePortalBot", "archiveportal", "Disallow: ", "Allow: ", "Crawl-delay: ", "Sitemap: ", "\n", "\r\n",
        "#", "/", "/*", "$", "*$", "?", "%2F", "a", "0.5", "NaN", "Infinity", "-0", "1e400", "60.000001", "https://lib.example/s.xml", ":", " ",
    ];

    public static readonly string[] Sitemaps =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
        "<url><loc> https://lib.example/a.html </loc><lastmod>2021-03-12T08:00:00+08:00</lastmod></url>\n<url><loc>/b.html</loc></url>\n</urlset>",
        "<sitemapindex><sitemap><loc>https://lib.example/s1.xml.gz</loc><lastmod>2023-01-01</lastmod></sitemap><sitemap><loc><![CDATA[s2.xml]]></loc></sitemap></sitemapindex>",
        "<?xml version=\"1.0\" encoding=\"gb2312\"?><urlset><url><loc>https://lib.example/新闻.html</loc></url></urlset>",
    ];

    public static readonly string[] SitemapTokens =
    [
        "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"utf-7\"?>",
        "<?xml version=\"1.0\" encoding=\"x-no-such\"?>", "<?xml version=\"1.1\"?>", "<urlset>", "</urlset>", "<url>", "</url>", "<loc>", "</loc>",
        "<lastmod>", "</lastmod>", "<sitemap>", "</sitemap>", "<sitemapindex>", "</sitemapindex>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;",
        "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&#x10FFFF;", "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
        "<x:url xmlns:x=\"y\">", "2021-02-29", "9999-12-31T23:59:59Z", "0000-00-00", "https://lib.example/", "<?pi x?>",
    ];

    public static readonly string[] Links =
    [
        "https://lib.example/news/2021/03/12/reading-festival.html", "/news/t20190125_4521.html?b=2&a=1&utm_source=x#top", "../../a.html",
        "//lib.example:443/x", "HTTP://LIB.EXAMPLE:80/%7Ea/./b/../c", "http://[::1]:8080/a", "https://user:pass@lib.example/", "?q=1", "#only",
        "https://xn--fiqs8s.example/图书馆/2020-05-29-新闻", "javascript:void(0)", "mailto:a@b.example", "file:///etc/passwd", " https://lib.example/ a ",
    ];
}
