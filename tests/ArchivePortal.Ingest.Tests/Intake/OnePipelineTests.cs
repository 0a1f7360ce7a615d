using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Decoding;
using ArchivePortal.Ingest.Intake.Normalization;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Intake;

/// <summary>Import and crawl share one pipeline: the same bytes become the same record, and a crawled page is parsed once.</summary>
public sealed class OnePipelineTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-pipeline-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    static readonly Uri PageUrl = new("https://www.thuvien.example/tin-tuc/hoi-nghi.html");

    // A page re-saved as UTF-8 that still declares its original charset, with Windows line ends.
    const string ResavedPage =
        "<!DOCTYPE html>\r\n<html lang=\"vi\"><head><meta charset=\"windows-1258\"><title>Hội nghị tổng kết công tác thư viện năm 2021</title></head>\r\n" +
        "<body><nav><a href=\"/\">Trang chủ</a></nav>\r\n<article><h1>Hội nghị tổng kết công tác thư viện năm 2021</h1>\r\n" +
        "<p>Ngày 12/3/2021, Thư viện Quốc gia Việt Nam tổ chức hội nghị tổng kết công tác năm 2021.</p>\r\n" +
        "<pre>Dòng một\r\nDòng hai</pre>\r\n<p>Hội nghị đã đánh giá kết quả số hóa tài liệu.</p></article></body></html>";

    const string VietnameseTitle = "Hội nghị tổng kết công tác thư viện năm 2021";

    // A GBK page, as Chinese sites still serve them.
    const string GbkPage =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>国家图书馆召开全馆工作会议</title></head>\r\n" +
        "<body><div class=\"header\">首页 &gt; 新闻</div><div id=\"content\"><h1>国家图书馆召开全馆工作会议</h1>\r\n" +
        "<p>2021年1月20日，国家图书馆召开全馆工作会议，总结2020年工作。</p><p>会议部署了古籍保护和数字化工作。</p></div></body></html>";

    static readonly (byte[] Bytes, string Title)[] Pages =
    [
        (Encoding.UTF8.GetBytes(ResavedPage), VietnameseTitle),
        (LegacyEncodings.Strict("gbk")!.GetBytes(GbkPage), "国家图书馆召开全馆工作会议"),
        ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ResavedPage.Replace("windows-1258", "gbk"))], VietnameseTitle),
    ];

    ArchiveRecord Imported(byte[] bytes)
    {
        var path = Path.Combine(temp, "page.html");
        File.WriteAllBytes(path, bytes);
        var result = Assert.Single(new HtmlRecordReader().Read(path));
        Assert.True(result.IsRecord, result.ToString());
        return IntakeText.Normalize(result.Record!); // what ImportRunner stores
    }

    static ArchiveRecord Crawled(byte[] bytes)
    {
        var decoded = CharsetDecoder.Decode(bytes, headerCharset: null, isHtml: true, detect: true);
        var article = CrawledPage.Read(PageUrl, decoded.Decoded!.Text, isHtml: true).Article();
        Assert.True(article.Record is not null, article.ErrorDetail);
        return article.Record!;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_importer_and_the_crawler_make_the_same_record_of_the_same_bytes(int page)
    {
        var imported = Imported(Pages[page].Bytes);
        var crawled = Crawled(Pages[page].Bytes);
        Assert.Equal(Pages[page].Title, crawled.Title);
        Assert.Equal(
            (imported.Title, imported.Body, imported.Language, imported.Date, imported.Type),
            (crawled.Title, crawled.Body, crawled.Language, crawled.Date, crawled.Type));
    }

    [Fact]
    public void A_crawled_page_is_parsed_once_for_its_links_and_its_article()
    {
        var before = BoundedHtmlParser.ParsesOnThisThread;
        var page = CrawledPage.Read(PageUrl, ResavedPage, isHtml: true);
        var article = page.Article();
        Assert.Equal(1, BoundedHtmlParser.ParsesOnThisThread - before);
        Assert.Equal([new Uri("https://www.thuvien.example/")], page.Links!.Links);
        Assert.NotNull(article.Record);
    }

    [Fact]
    public void A_page_that_nests_too_deep_is_refused_with_the_same_code_by_both()
    {
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "text</body></html>";
        var path = Path.Combine(temp, "deep.html");
        File.WriteAllText(path, deep);
        var imported = Assert.Single(new HtmlRecordReader().Read(path)).Failure!;
        var crawled = CrawledPage.Read(PageUrl, deep, isHtml: true);
        Assert.Equal(HtmlRefusal.TooDeep, imported.Code);
        Assert.Equal(HtmlRefusal.TooDeep, crawled.Links!.Refusal!.Code);
        Assert.Equal(HtmlRefusal.TooDeep, crawled.Article().ErrorCode);
    }
}
