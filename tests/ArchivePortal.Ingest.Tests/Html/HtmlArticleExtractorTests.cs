using ArchivePortal.Core.Extraction;
using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    [Fact]
    public void Br_runs_separate_paragraphs_and_the_canonical_url_and_traditional_script_are_kept()
    {
        var html = File.ReadAllText(SharedData.TestData("br-paragraphs.html"));
        var article = HtmlArticleExtractor.Extract(html, null);
        Assert.Equal("圖書館開放時間調整", article.Title); // "香港公共圖書館 - " is the site name, says og:site_name
        Assert.Equal("由即日起，各區公共圖書館延長開放時間。\n新時間表如下。\n\n圖書館歡迎市民使用。", article.Text);
        Assert.Equal("zh-Hant", article.Language);
        Assert.Equal(new Uri("https://www.hkpl.gov.hk/tc/news/2023-01.html"), article.CanonicalUrl);
    }

    [Fact]
    public void A_page_in_a_declared_legacy_charset_is_decoded()
    {
        var result = Assert.Single(new HtmlRecordReader().Read(SharedData.TestData("gbk-declared.html")));
        var record = result.Record!;
        Assert.Equal("国家图书馆召开2019年全馆工作会议", record.Title);
        Assert.Equal("1月24日至25日，国家图书馆在总馆南区学术报告厅召开2019年全馆工作会议。\n\n馆长饶权作工作报告。", record.Body);
        Assert.Equal(new DateOnly(2019, 1, 24), record.Date);
        Assert.Equal("zh", record.Language);
        Assert.Equal("meeting", record.Type);
    }

    [Fact]
    public void An_article_element_with_its_own_header_gives_title_date_and_text()
    {
        const string html = """
            <html><head><title>Site name</title><link rel="canonical" href="/news/42"></head><body>
            <header><h1 class="logo">Site name</h1><nav><a href="/">Home</a></nav></header>
            <article><header><h1>Library opens new reading room</h1><time datetime="2023-05-04">4 May</time></header>
            <p>The library opened a new reading room on Thursday.</p><p>It seats 120 readers.</p></article>
            <aside><p>Popular: a sidebar paragraph that is long enough to look like text, but it is not the article.</p></aside>
            <footer>Copyright © Site</footer></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, new Uri("https://lib.example/news/list"));
        Assert.Equal("Library opens new reading room", article.Title);
        Assert.Equal("The library opened a new reading room on Thursday.\n\nIt seats 120 readers.", article.Text);
        Assert.Equal(new DateOnly(2023, 5, 4), article.Date!.Value.Date);
        Assert.Equal(new Uri("https://lib.example/news/42"), article.CanonicalUrl);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void A_page_without_named_blocks_uses_the_densest_one_and_the_meta_date()
    {
        const string html = """
            <html lang="vi"><head><title>Tin tức | Thư viện</title><meta property="article:published_time" content="2022-12-27T08:00:00+07:00"></head>
            <body><div><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
            <div><div><p>Ngày 26/12/2022, Thư viện tổ chức Hội nghị tổng kết công tác năm 2022.</p><p>Hội nghị đã đánh giá kết quả hoạt động.</p></div></div>
            </body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, null);
        Assert.Equal("Tin tức", article.Title);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
        Assert.Equal(new DateOnly(2022, 12, 27), article.Date!.Value.Date);
        Assert.Equal("vi", article.Language);
        Assert.Null(article.CanonicalUrl);
    }

    [Fact]
    public void The_info_bar_gives_the_date_of_a_chinese_page()
    {
        var html = File.ReadAllText(Path.Combine(SharedData.DevRaw, "dev-zh-002.html"));
        var article = HtmlArticleExtractor.Extract(html, null);
        Assert.Equal(new DateMatch(new DateOnly(2017, 9, 26), DateRule.HeaderLine, 0, 15), article.Date);
        Assert.Equal("zh", article.DeclaredLanguage);
    }

    [Theory]
    [InlineData("Article title_国家图书馆", "Article title")]
    [InlineData("TVQG ký kết - Thư viện Quốc gia Việt Nam", "TVQG ký kết")]
    [InlineData("香港公共圖書館 - 香港公共圖書館舉辦「4·23世界閱讀日」系列閱讀推廣活動", "香港公共圖書館舉辦「4·23世界閱讀日」系列閱讀推廣活動")]
    [InlineData("A | B | Site", "A | B")]
    [InlineData("Just a title", "Just a title")]
    public void The_site_name_is_cut_from_a_page_title(string title, string expected) =>
        Assert.Equal(expected, HtmlTitleFinder.WithoutSiteName(title));

    [Theory]
    [InlineData("Thư viện Hà Nội - Khai trương không gian đọc", "Thư viện Hà Nội", "Khai trương không gian đọc")]
    [InlineData("Khai trương - Ngày Sách - Thư viện Hà Nội", "Thư viện Hà Nội", "Khai trương - Ngày Sách")]
    [InlineData("Thư viện Hà Nội", "Thư viện Hà Nội", "Thư viện Hà Nội")]
    public void The_declared_site_name_is_cut_wherever_it_is(string title, string site, string expected) =>
        Assert.Equal(expected, HtmlTitleFinder.WithoutSiteName(title, site));
}
