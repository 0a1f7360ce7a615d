using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Chrome;

/// <summary>
/// The page chrome that the library and archive sites we import put around their articles.
/// Every pattern is anchored at the start of the line or describes the whole line, so that a
/// sentence which merely mentions "copyright" or "发布" stays.
/// </summary>
public static class ChromeRules
{
    // Compiled: every line of every imported record is tried against each rule, and the
    // interpreter took 85% of reading a record, 7% of a 200,000-record import's CPU, on the thread that reads.
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    static ChromeRule Rule(string name, string pattern, int maxLength = 200, ChromeBlock block = ChromeBlock.Line) =>
        new(name, new Regex(pattern, Options), maxLength, block);

    /// <summary>The default rule list, in the order they are tried.</summary>
    public static IReadOnlyList<ChromeRule> Default { get; } =
    [
        // 您当前的位置: 首页>English>News · 当前位置：首页 > 新闻动态 > 馆内新闻 · Location: Home > NLC News · Bạn đang ở: Trang chủ » …
        Rule("breadcrumb", @"^(您当前的位置|您当前位置|当前位置|您的位置|你的位置|所在位置|目前位置|現在位置|當前位置|Location|You are here|Bạn đang ở|Vị trí)\s*[:：]", 160),
        Rule("breadcrumb", @"^(首页|首頁|主页|主頁|Home|Trang chủ)\s*(>|&gt;|›|»|/|＞)", 120),
        // 发布时间:2020-05-29 来源: 访问量: 字体:【 视力保护色: · 发布日期：2018-04-23 浏览次数：1268 【字体：大 中 小】…
        // Published: 2020-11-30 · Ngày đăng: 26/12/2022 (English and Vietnamese CMS date lines; "Date:" is left alone, minutes use it)
        Rule("info bar", @"^(发布时间|发布日期|發佈時間|發布時間|發佈日期|發布日期|发表时间|发布者|信息来源|来源|來源|作者|浏览次数|瀏覽次數|访问量|訪問量|点击数|點擊數|阅读次数|字体|字號|字号|Published|Posted on|Posted|Ngày đăng|Ngày cập nhật)\s*[:：]", 200),
        // 【打印本页】【关闭窗口】 · 【字体：大 中 小】
        Rule("toolbar", @"^(【[^【】]{0,16}】\s*)+$", 120),
        Rule("toolbar", @"^(分享到|Share)\s*[:：]", 80),
        Rule("toolbar", @"^((E-?mail|Print|PDF)\s*)+$", 40),
        // 上一篇：… / 下一篇：…
        Rule("previous/next", @"^(上一篇|下一篇|上一条|下一条|上一條|下一條|前一篇|后一篇|Previous|Next|Bài trước|Bài sau|Tin trước|Tin sau)\s*[:：]", 160),
        // 版权所有 © 重庆市九龙坡区图书馆 渝ICP备… · Copyright © … · Copyright | About Us | …
        // A bare "(c)" is not enough: "(C) based on resource sharing, …" is item C of a plan (seed 003).
        Rule("copyright", @"^(版权所有|版權所有|©)|^Copyright\s*(©|\(c\)|&copy;|\||[0-9]{4})|ICP备\s*[0-9]|ICP證|ICP证\s*[0-9]|All rights reserved\.?$", 200),
        // A bar of three or more short links: Copyright | About Us | Support Us | Site Map | Contact Us
        // The bar must name a footer page, so that a Markdown table row (a | b | c) stays.
        Rule("link bar", @"^(?=.*(About Us|Site ?Map|Contact Us|Support Us|Privacy|Sitemap|关于我们|關於我們|网站地图|網站地圖|联系我们|聯絡我們|聯繫我們|法律声明|隐私|私隱|重要告示|無障礙|Liên hệ|Sơ đồ))[^|。!?]{1,24}(\s*\|\s*[^|。!?]{1,24}){2,}$", 200),
        // Tel:(+86 10)88545426 — footers only; 咨询电话 inside a notice does not start the line.
        Rule("contact", @"^(Tel|Phone|Fax|电话|電話|传真|傳真|Điện thoại)\s*[:：]", 80),
        // Related news: / Đọc thêm cùng chuyên mục: / 相关新闻 and the link titles under it
        Rule("related links", @"^(Related (news|articles|links|stories|posts)|More news|Read more|Other news|相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關連結|相关文章|Đọc thêm( cùng chuyên mục)?|Tin liên quan|Các tin khác|Tin khác|Bài viết liên quan)\s*[:：]?$", 60, ChromeBlock.LinkList),
        // Tin: Nguyễn Phương Nhung; Ảnh: Trần Kim Thơ, Nguyễn Thuỳ Dung
        Rule("credit", @"^(Tin|Bài|Ảnh|Tin và ảnh|Tin, ảnh|Bài và ảnh|Bài, ảnh|Tin ảnh)\s*[:：]\s*[^.!?]{1,80}$", 160),
        // The end mark of a press release: 完 (Hong Kong), （完）, -End-
        Rule("end mark", @"^([（(]?完[)）]?|[-—–]+\s*完\s*[-—–]+|[-—–(]*\s*End\s*[-—–)]*)$", 12),
        Rule("separator", @"^([_＿]{3,}|[-=—–~*·]{5,})$", 400),
        // Image file names used as captions: 2022-12-27-tong-ket- 14, IMG_2031.jpg
        Rule("image name", @"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}-[\p{L}0-9-]+(\s+[0-9]+)?$|^[\w-]+\.(jpe?g|png|gif|webp)$", 80),
        Rule("gallery", @"^(Hình ảnh cùng sự kiện|Hình ảnh hoạt động|Một số hình ảnh|Photo gallery|相关图片|相關圖片|图片集锦)\s*[:：]?$", 40, ChromeBlock.Gallery),
    ];
}
