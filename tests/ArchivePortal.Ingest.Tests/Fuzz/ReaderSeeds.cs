using ArchivePortal.Tests.Fuzzing;

namespace ArchivePortal.Ingest.Tests.Fuzz;

/// <summary>What the reader fuzz targets start from: real files of each type, hand-written odd ones, and each syntax's tokens.</summary>
internal static class ReaderSeeds
{
    static readonly string[] RepositoryFolders = ["content/seeds", "tests/ArchivePortal.Ingest.Tests/testdata", "tests/ArchivePortal.Crawler.Tests/testdata"];
    static readonly string[] SharedFolders = ["seeds", "eval"];

    public static readonly string[] MarkdownTokens =
    [
        "---\n", "...\n", "\n", ": ", "- ", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a", "!!str ", "!!binary ", "!!timestamp ",
        "!<tag:yaml.org,2002:map> ", "<<: *a\n", "? ", "|\n  ", ">-\n  ", "# ", "#", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\t", "  ",
        "id: ", "title: ", "lang: ", "date: ", "institution: ", "source_url: ", "url: ", "type: ", "persons: ", "topics: ",
        "zh-Hant", "vi", "en-GB", "2021-02-30", "2020-05-29T10:00:00Z", "~", "null", "0x1F", ".nan", "\\u0000", "\\x00", "\"\\ud800\"",
        "# Heading\n", "\n\n", "发布时间：2020年5月29日", "Copyright ©", "Trang chủ > Tin tức",
    ];

    public static readonly string[] JsonlTokens =
    [
        "{\"title\": \"", "\", \"body\": \"", "\"}", "\n", "\r\n", "{", "}", "[", "]", ",", ":", "\"", "\"lang\": \"zh\"", "\"lang\": \"xx\"",
        "\"date\": \"2020-05-29\"", "\"date\": \"2020-02-30\"", "\"persons\": [\"Rao Quan\", \"施惠芳\"]", "\"topics\": [1]", "\"id\": \"",
        "\"id\": \"../x\"", "\"url\": \"", "\"type\": \"News\"", "\\ud800", "\\udc00", "\\u0000", "\\uFFFE", "\\n", "\\\"", "\\", "null", "true",
        "1e999", "-0", "0.1e-999999", "\"title\": 1", "\"body\": null", "\"body\": \"\"", "[[[[[[[[", "\uFEFF",
    ];

    public static readonly string[] TextTokens =
    [
        "\n", "\n\n", "\r\n", "。", "首页 > 新闻", "当前位置：首页", "发布时间:2020-05-29", "2021年3月12日", "Copyright ©", "上一篇：", "下一篇：",
        "打印本页", "Trang chủ", "Ngày đăng: 12/03/2021", "12/03/2021", "March 12, 2021", "Home > News", "Share", "Print", "Posted on 2019-01-25",
    ];

    public static readonly string[] HandMarkdown =
    [
        "---\nid: fuzz-1\ntitle: \"Hội nghị thư viện\"\nlang: vi\ndate: 2021-03-12\ninstitution: Thư viện Quốc gia Việt Nam\nsource_url: https://example.org/a\n" +
        "type: news\npersons: [Rao Quan, \"施惠芳\"]\ntopics:\n  - digitization\n  - 古籍保护\n---\n# Heading\n\nBody text 2020-05-29.\n",
        "---\nbase: &a {title: T, lang: en}\n<<: *a\ntopics: *a\n---\nText.\n",
        "---\ntitle: !!binary aGVsbG8=\ndate: !!timestamp 2001-12-14t21:59:43.10-05:00\npersons: ? complex\n---\nBody\n",
        "---\ntitle: |\n  Multi\n  line\nlang: >-\n  zh\n---\n\n\n# H #\n",
        "---\n---\n---\n", "---\n...\n", "---\n[\n---\n", "---\ntitle: [a, b\n---\n", "---\n%YAML 1.2\n---\n", "# Only a heading\n",
        "Paragraph without title that goes on for a long time, more than one sentence. Another sentence here.\n",
    ];

    public static readonly string[] HandHtml =
    [
        "<html lang=\"zh\"><head><meta charset=\"gbk\"><title>标题</title><link rel=\"canonical\" href=\"/x\"></head><body><nav>首页</nav>" +
        "<article><h1>标题</h1><time datetime=\"2021-01-28\"></time><p>正文内容。</p></article><footer>Copyright ©</footer></body></html>",
        "<title>T</title><p>x", "<h1>", "<meta charset=\"x-no-such\"><h1>T</h1><p>Body</p>", "<svg><title>T</title></svg><math><p>",
    ];

    public static readonly string[] HandJsonl =
    [
        "{\"id\":\"a\",\"lang\":\"en\",\"title\":\"T\",\"body\":\"B\",\"date\":\"2020-05-29\",\"persons\":[\"Rao Quan\"],\"topics\":[\"x\"],\"url\":\"https://e.org\",\"type\":\"news\"}\n" +
        "{\"title\":\"标题\",\"body\":\"正文。\"}\n\n  \n[1,2]\n\"text\"\n{\"title\":\"\\ud800\",\"body\":\"x\"}\n",
        "{\"title\": \"x\", \"body\": \"y\", \"title\": \"dup\"}", "{}", "\uFEFF{\"title\":\"t\",\"body\":\"b\"}\r\n",
    ];

    public static readonly string[] HandText = ["Title\n\nBody line one.\nBody line two.\n", "首页 > 新闻\n标题\n发布时间:2020-05-29\n正文。\n上一篇：", " \n\t\n"];

    public static IReadOnlyList<byte[]> For(string extension) => extension switch
    {
        ".md" => Corpus([".md", ".markdown"], HandMarkdown),
        ".html" => Corpus([".html", ".htm"], HandHtml),
        ".jsonl" => Corpus([".jsonl"], HandJsonl),
        _ => Corpus([".txt"], HandText),
    };

    public static string[] Tokens(string extension) => extension switch
    {
        ".md" => MarkdownTokens,
        ".html" => FuzzTokens.Html,
        ".jsonl" => JsonlTokens,
        _ => TextTokens,
    };

    static List<byte[]> Corpus(string[] extensions, string[] hand) =>
        [.. FuzzSeeds.Files(extensions, RepositoryFolders, SharedFolders), .. hand.Select(FuzzInputs.Utf8)];
}
