using ArchivePortal.Ingest.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class UrlDatesAndIdsTests
{
    [Theory]
    [InlineData("https://lib.example/news/2021/03/12/festival.html", "2021-03-12")]
    [InlineData("http://www.nlc.cn/dsb_zx/gtxw/201901/t20190125_175421.htm", "2019-01-25")]
    [InlineData("https://lib.example/2022-12-27-tong-ket.html", "2022-12-27")]
    [InlineData("https://lib.example/news/20230504/index.html", "2023-05-04")]
    [InlineData("https://lib.example/news/2021/02/30/no.html", null)]
    [InlineData("https://lib.example/news/12345678.html", null)]
    public void Dates_in_news_urls(string url, string? expected) =>
        Assert.Equal(expected, UrlDates.Find(new Uri(url))?.ToString("yyyy-MM-dd"));

    [Fact]
    public void Record_ids_are_readable_deterministic_and_distinct()
    {
        var a = CrawlRecordIds.For(new Uri("https://www.nlc.cn/news/2021/03/12/Reading-Festival.html"));
        Assert.Equal(a, CrawlRecordIds.For(new Uri("https://www.nlc.cn/news/2021/03/12/Reading-Festival.html")));
        Assert.StartsWith("web-nlc-cn-news-2021-03-12-reading-festival-", a);
        Assert.NotEqual(a, CrawlRecordIds.For(new Uri("https://www.nlc.cn/news/2021/03/12/reading-festival.html")));
        Assert.NotEqual(CrawlRecordIds.For(new Uri("https://lib.example/a?id=1")), CrawlRecordIds.For(new Uri("https://lib.example/a?id=2")));
        Assert.StartsWith("web-lib-example-新闻-", CrawlRecordIds.For(new Uri("https://lib.example/新闻/")));
    }
}
