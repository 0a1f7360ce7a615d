namespace ArchivePortal.Tests.Fuzzing;

/// <summary>Pieces of syntax that more than one project's fuzz targets insert (pages are read by the importer and the crawler).</summary>
internal static class FuzzTokens
{
    /// <summary>HTML: tags the article extraction cares about, charset declarations, entities, links.</summary>
    public static readonly string[] Html =
    [
        "<!DOCTYPE html>", "<html lang=\"zh-HK\">", "<html lang=\"vi\">", "<head>", "</head>", "<body>", "</body>", "<meta charset=\"gbk\">",
        "<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", "<meta charset=windows-1258>",
        "<meta charset=\"utf-7\">", "<meta charset=\"utf-16\">", "<meta name=\"robots\" content=\"noindex\">", "<title>", "</title>", "<h1>", "</h1>",
        "<h2>", "<p>", "</p>", "<br>", "<div class=\"content\">", "<div id=\"article\">", "</div>", "<article>", "</article>", "<main>", "<nav>",
        "</nav>", "<footer>", "<aside>", "<header>", "<script>", "</script>", "<style>", "</style>", "<template>", "<svg>", "<math>", "<table><tr><td>",
        "<ul><li>", "<a href=\"", "\">", "</a>", "<base href=\"", "<link rel=\"canonical\" href=\"", "<time datetime=\"2021-01-28\">",
        "<time datetime=\"", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#x110000;", "&#65534;", "&lt;", "&",
        "<", ">", "\"", "'", "=", "/", "javascript:", "https://lib.example/a/b.html", "发布时间:2020-05-29", "上一篇：", "正文内容。", "Hội nghị ",
    ];

    /// <summary>The query language: operators, fields and filters, quotes of three kinds, wildcards, parentheses.</summary>
    public static readonly string[] Query =
    [
        " ", "  ", "\"", "“", "”", "(", ")", "((", "))", "-", "--", "- ", "!", "NOT ", " AND ", " OR ", "&&", "||", "and", "or", "*", "?", "lib*", "?x",
        ":", "title:", "lang:", "language:", "type:", "institution:", "inst:", "person:", "topic:", "date:", "year:", "month:", "body:", "author:",
        "http://", "10:30", "2020", "2020-05", "2020-05-29", "..", "2020..", "..2021-03", "2020-13", "2021-02-29", "0000", "99999", "-2020",
        "vi", "zh", "zh-Hant", "en", "news", "meeting", "\"Shanghai Library\"", "\"Rao Quan\"", "Rao Quan", "饶权", "国家图书馆", "國家圖書館",
        "Thư viện Quốc gia Việt Nam", "thu vien", "digitization", "古籍保护", "the", "of", "a", "COVID-19", "e-mail", "C++", "O'Brien", "3.5", "#",
    ];

    /// <summary>Queries a visitor might type, to mutate.</summary>
    public static readonly string[] Queries =
    [
        "archives meeting", "\"rare books\" -digital (NLC OR 国图)", "title:meeting lang:en date:2020-05..2021-03 institution:\"Shanghai Library\" -type:news",
        "archives meeting NOT (lang:en)", "a b OR c", "古籍保护 数字化", "Thư viện Quốc gia Việt Nam", "thu vien quoc gia", "Rao Quan 饶权", "lib* ?", "((((a))))",
        "-(type:news OR lang:vi) person:\"施惠芳\"", "date:2020.. topic:", "body:meeting author:rao", "\"unclosed", "NOT", "AND OR NOT", ")(", "",
    ];
}
