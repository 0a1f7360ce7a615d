using ArchivePortal.Ingest.Chrome;

namespace ArchivePortal.Ingest.Tests.Chrome;

public sealed class PageChromeRemoverTests
{
    /// <summary>Chrome that appears in the seeds and the boilerplate dev docs; none may survive.</summary>
    public static readonly string[] ChromeStrings =
    [
        "您当前的位置", "当前位置", "首页>", "首页 >", "发布时间", "发布日期", "浏览次数", "访问量", "视力保护色", "字体",
        "打印本页", "关闭窗口", "上一篇", "下一篇", "版权所有", "ICP备", "Copyright", "About Us", "Site Map", "Contact Us",
        "Tel:", "E-mail", "Related news", "Đọc thêm cùng chuyên mục", "Tin: ", "Ảnh: ", "Hình ảnh cùng sự kiện", "tong-ket-", "____",
    ];

    [Theory]
    [InlineData("您当前的位置: 首页>English>News")]
    [InlineData("当前位置：首页 > 新闻动态 > 馆内新闻")]
    [InlineData("Location: Home > NLC News")]
    [InlineData("发布时间:2020-05-29 来源: 访问量: 字体:【 视力保护色:")]
    [InlineData("发布日期：2018-04-23　浏览次数：1268　【字体：大 中 小】【打印本页】【关闭窗口】")]
    [InlineData("【打印本页】【关闭窗口】")]
    [InlineData("上一篇：我馆召开古籍保护与地方文献工作座谈会")]
    [InlineData("下一篇：2018年少儿暑期阅读活动开始报名")]
    [InlineData("版权所有 © 重庆市九龙坡区图书馆　渝ICP备05012345号")]
    [InlineData("Copyright © 宁波市档案馆 版权所有　浙ICP备05002868号")]
    [InlineData("Copyright\u00a0\u00a0|\u00a0\u00a0About Us\u00a0\u00a0|\u00a0\u00a0Support Us\u00a0\u00a0|\u00a0\u00a0Site Map\u00a0\u00a0|\u00a0\u00a0Contact Us")]
    [InlineData("Copyright©National Library of China.All rights reserved.")]
    [InlineData("关于我们 | 网站地图 | 联系我们 | 法律声明")]
    [InlineData("Tel:(+86 10)88545426 88545360")]
    [InlineData("E-mail Print")]
    [InlineData("E-mail  Print")]
    [InlineData("E-mail Print PDF")]
    [InlineData("Tin: Nguyễn Phương Nhung; Ảnh: Trần Kim Thơ, Nguyễn Thuỳ Dung")]
    [InlineData("___________")]
    [InlineData("2022-12-27-tong-ket- 14")]
    [InlineData("分享到：微信 微博 QQ空间")]
    [InlineData("Published: 2020-11-30")]
    [InlineData("Ngày đăng: 26/12/2022")]
    public void Removes_a_chrome_line(string line)
    {
        var result = PageChromeRemover.Default.Remove($"Real first paragraph.\n\n{line}\n\nReal last paragraph.");
        Assert.Equal("Real first paragraph.\n\nReal last paragraph.", result.Text);
        Assert.Equal([line.Trim()], result.RemovedLines);
    }

    [Theory]
    [InlineData("The copyright of the rare books belongs to the library, which published them online on 12 April.")]
    [InlineData("Copyright law was the topic of the seminar held on 3 May.")]
    [InlineData("| 年份 | 馆藏 | 读者 |")]
    [InlineData("年份 | 馆藏 | 读者")]
    [InlineData("来源于民间的古籍捐赠越来越多，本馆今年共接收捐赠古籍三百余册。")]
    [InlineData("Tin vui: thư viện mở cửa thêm giờ phục vụ bạn đọc vào cuối tuần. Bạn đọc đến rất đông.")]
    [InlineData("2022-12-27 was the day of the closing meeting of the library's annual review.")]
    [InlineData("Print and electronic resources grew by 12 percent in 2021.")]
    [InlineData("Tel Aviv University Library signed an exchange agreement with the NLC.")]
    public void Keeps_article_sentences_that_look_a_little_like_chrome(string line)
    {
        var result = PageChromeRemover.Default.Remove(line);
        Assert.Equal(line, result.Text);
        Assert.Empty(result.RemovedLines);
    }

    [Fact]
    public void A_related_news_heading_takes_its_link_lines_up_to_the_blank_line()
    {
        var text = "Article.\n\nRelated news:\nOver 20,000 digitized rare books now freely accessible online\nNLC staff volunteers serve readers during Spring Festival\n\nAfter the list.";
        Assert.Equal("Article.\n\nAfter the list.", PageChromeRemover.Default.Remove(text).Text);
    }

    [Fact]
    public void A_related_heading_in_its_own_html_paragraph_takes_the_list_after_one_blank_line()
    {
        // <p>Đọc thêm cùng chuyên mục:</p><ul><li>…</li></ul> as HtmlTextWriter writes it
        var text = "Bài viết.\n\nĐọc thêm cùng chuyên mục:\n\nHội nghị tổng kết công tác năm 2022\nTập huấn số hóa tài liệu";
        Assert.Equal("Bài viết.", PageChromeRemover.Default.Remove(text).Text);
    }

    [Fact]
    public void A_related_list_ends_at_a_long_line()
    {
        var paragraph = new string('x', 130);
        var text = $"Đọc thêm cùng chuyên mục:\nTập huấn số hóa tài liệu\n{paragraph}";
        Assert.Equal(paragraph, PageChromeRemover.Default.Remove(text).Text);
    }

    [Fact]
    public void A_gallery_takes_image_names_with_one_caption_each_and_stops_at_other_text()
    {
        var text = "Bài viết.\n\nHình ảnh cùng sự kiện\n\n2022-04-21-ngay-sach- 1\n\nToàn cảnh Lễ khai mạc\n\n2022-04-21-ngay-sach- 2\n\n2022-04-21-ngay-sach- 3\n\nĐại biểu cắt băng\n\nĐoạn văn sau thư viện ảnh.";
        Assert.Equal("Bài viết.\n\nĐoạn văn sau thư viện ảnh.", PageChromeRemover.Default.Remove(text).Text);
    }

    [Fact]
    public void Removed_lines_keep_the_info_bar_for_the_date()
    {
        var result = PageChromeRemover.Default.Remove("您当前的位置: 首页>English>News\nTitle\n发布时间:2020-05-29 来源: 访问量:\nText.");
        Assert.Contains("发布时间:2020-05-29 来源: 访问量:", result.RemovedLines);
        Assert.Equal("Title\nText.", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void Empty_input_gives_empty_text(string text) => Assert.Equal("", PageChromeRemover.Default.Remove(text).Text);

    [Fact]
    public void Seeds_lose_all_chrome_and_keep_their_paragraphs()
    {
        foreach (var file in Directory.GetFiles(SharedData.Seeds, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var cleaned = PageChromeRemover.Default.Remove(text).Text;
            foreach (var chrome in ChromeStrings)
                Assert.False(cleaned.Contains(chrome, StringComparison.Ordinal), $"{Path.GetFileName(file)} keeps '{chrome}'");
            // Every long line is an article paragraph and must survive.
            foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 250))
                Assert.Contains(line.Trim(), cleaned);
        }
    }

    [Theory]
    [InlineData("dev-zh-005", 3)]
    [InlineData("dev-zh-006", 4)]
    [InlineData("dev-en-001", 4)]
    [InlineData("dev-vi-005", 4)]
    public void Boilerplate_dev_docs_lose_all_chrome_and_keep_their_paragraphs(string id, int paragraphs)
    {
        var cleaned = PageChromeRemover.Default.Remove(SharedData.MarkdownBody(id)).Text;
        foreach (var chrome in ChromeStrings)
            Assert.False(cleaned.Contains(chrome, StringComparison.Ordinal), $"{id} keeps '{chrome}'");
        Assert.Equal(paragraphs, SharedData.Paragraphs(cleaned).Count);
        Assert.DoesNotContain("Over 20,000 digitized rare books", cleaned); // a related-news link title
        Assert.DoesNotContain("Ngày Sách Việt Nam lần thứ 4", cleaned);
    }

    [Fact]
    public void Dev_docs_without_chrome_are_left_exactly_as_they_are()
    {
        string[] boilerplate = ["dev-zh-005", "dev-zh-006", "dev-en-001", "dev-vi-005"];
        foreach (var file in Directory.GetFiles(SharedData.DevDocs, "*.md"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (boilerplate.Contains(id)) continue;
            var body = SharedData.MarkdownBody(id);
            var result = PageChromeRemover.Default.Remove(body);
            Assert.True(result.RemovedLines.Count == 0, $"{id}: removed {string.Join(" / ", result.RemovedLines)}");
            Assert.Equal(SharedData.Paragraphs(body), SharedData.Paragraphs(result.Text));
        }
    }
}
