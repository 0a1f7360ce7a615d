using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

/// <summary>Random bytes and random text never make a reader or the extractor throw.</summary>
public sealed class RandomInputTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-random-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    public static TheoryData<string> Extensions() => [".md", ".txt", ".html", ".jsonl"];

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Random_bytes_never_throw(string extension)
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2048)];
            random.NextBytes(bytes);
            // Half of the files avoid NUL and keep to ASCII-ish bytes, so that they get past the first guards.
            if (i % 2 == 0)
                for (var j = 0; j < bytes.Length; j++) bytes[j] = (byte)(bytes[j] % 96 + 10);
            var path = Path.Combine(temp, $"random-{i}{extension}");
            File.WriteAllBytes(path, bytes);
            var results = RecordReaderRegistry.Default.Find(path)!.Read(path).ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.IsRecord || r.Failure!.Reason.Length > 0));
        }
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        var random = new Random(4321);
        string[] pieces =
        [
            "<p>", "</p>", "<div class=\"content\">", "</div>", "<br>", "<h1>", "</h1>", "<title>", "</title>", "<nav>", "<script>",
            "发布时间:2020-05-29", "Copyright ©", "上一篇：", "正文内容。", "Hội nghị ", "<!--", "-->", "&amp;", "<", ">", "\"", "\n",
            "<html lang=\"zh-HK\">", "<link rel=\"canonical\" href=\"/x\">", "<time datetime=\"2021-01-28\">", "|", "_",
        ];
        for (var i = 0; i < 1000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            _ = HtmlArticleExtractor.Extract(html, new Uri("https://example.org/a/b.html"));
        }
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep text.</p></body></html>";
        _ = HtmlArticleExtractor.Extract(html, null);
    }
}
