using System.Text.RegularExpressions;
using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

/// <summary>The dev collection: 36 Markdown docs, and eight raw pages repeating some of them.</summary>
public sealed class DevCollectionTests
{
    static string[] Ids() => [.. Directory.GetFiles(SharedData.DevDocs, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    static string[] Raw() => [.. Directory.GetFiles(SharedData.DevRaw).Select(f => Path.GetFileName(f)).Order()];

    public static TheoryData<string> DocIds() => [.. Ids()];

    public static TheoryData<string> RawFiles() => [.. Raw()];

    static ArchiveRecord ReadOne(string path)
    {
        var reader = RecordReaderRegistry.Default.Find(path);
        Assert.NotNull(reader);
        var result = Assert.Single(reader.Read(path));
        Assert.True(result.IsRecord, result.ToString());
        return result.Record!;
    }

    static Dictionary<string, string> FrontMatterOf(string id) =>
        Regex.Matches(File.ReadAllText(Path.Combine(SharedData.DevDocs, id + ".md")).Split("---\n", 3)[1], @"^(\w+): (.*)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim().Trim('"'));

    [Fact]
    public void The_collection_has_36_docs_and_8_raw_files()
    {
        Assert.Equal(36, Ids().Length);
        Assert.Equal(8, Raw().Length);
    }

    [Theory]
    [MemberData(nameof(DocIds))]
    public void Each_doc_is_read_with_its_front_matter_values(string id)
    {
        var record = ReadOne(Path.Combine(SharedData.DevDocs, id + ".md"));
        var expected = FrontMatterOf(id);
        Assert.Equal(expected["id"], record.Id);
        Assert.Equal(expected["title"], record.Title);
        Assert.Equal(expected["lang"], record.Language);
        Assert.Equal(DateOnly.Parse(expected["date"]), record.Date);
        Assert.Equal(expected["institution"], record.Institution);
        Assert.Equal(expected["source_url"], record.SourceUrl);
        Assert.Equal(expected["type"], record.Type);
        Assert.NotEmpty(record.Body);
    }

    [Theory]
    [MemberData(nameof(DocIds))]
    public void Without_front_matter_the_detector_and_classifier_agree_with_it(string id)
    {
        var record = ReadOne(Path.Combine(SharedData.DevDocs, id + ".md"));
        var expected = FrontMatterOf(id);
        Assert.Equal(expected["type"], RecordTypeClassifier.Classify(record.Title, record.Body.Split("\n\n")[0]));
        Assert.Equal(expected["lang"], LanguageDetector.Detect($"{record.Title}\n{record.Body}"));
    }

    [Theory]
    [MemberData(nameof(RawFiles))]
    public void Each_raw_file_gives_the_title_and_paragraphs_of_its_markdown_doc(string file)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        var record = ReadOne(Path.Combine(SharedData.DevRaw, file));
        Assert.Equal(FrontMatterOf(id)["title"], record.Title);
        Assert.Equal(SharedData.Paragraphs(SharedData.MarkdownBody(id)), SharedData.Paragraphs(record.Body));
        Assert.Equal(FrontMatterOf(id)["lang"], record.Language);
    }

    [Theory]
    [InlineData("dev-en-002.html", "2018-04-12")]
    [InlineData("dev-en-007.html", "2021-11-16")]
    [InlineData("dev-zh-002.html", "2017-09-26")]
    [InlineData("dev-zh-011.html", "2022-09-28")]
    [InlineData("dev-zht-003.html", "2023-04-23")]
    [InlineData("dev-zh-007.txt", "2018-09-20")]
    [InlineData("dev-vi-002.txt", "2022-04-21")]
    // The page states no date; the article's first date is the day of the signing, one day before publication.
    [InlineData("dev-vi-003.html", "2021-11-15")]
    public void Raw_files_get_the_date_their_page_states(string file, string date) =>
        Assert.Equal(DateOnly.Parse(date), ReadOne(Path.Combine(SharedData.DevRaw, file)).Date);

    [Theory]
    [InlineData("dev-en-002.html")]
    [InlineData("dev-en-007.html")]
    [InlineData("dev-vi-003.html")]
    [InlineData("dev-zh-002.html")]
    [InlineData("dev-zh-011.html")]
    [InlineData("dev-zht-003.html")]
    public void No_navigation_or_footer_text_gets_into_an_html_body(string file)
    {
        var body = ReadOne(Path.Combine(SharedData.DevRaw, file)).Body;
        string[] pageText =
        [
            "Home", "About NLC", "More news", "E-mail", "Copyright", "Tel:", "首页", "您当前的位置", "当前位置", "发布时间", "分享到",
            "相关新闻", "热门专题", "版权所有", "上一篇", "下一篇", "开放时间", "推荐阅读", "Trang chủ", "Bạn đang ở", "Hình ảnh cùng sự kiện",
            "Đọc thêm", "Liên kết website", "Lượt truy cập", "主頁", "相關連結", "重要告示", "完", "跳至主要內容", "浏览量",
        ];
        foreach (var text in pageText)
            Assert.False(body.Contains(text, StringComparison.Ordinal) && !SharedData.MarkdownBody(Path.GetFileNameWithoutExtension(file)).Contains(text),
                $"{file} body contains page text '{text}'");
    }
}
