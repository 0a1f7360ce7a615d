using System.Text;
using ArchivePortal.Ingest.Intake.Decoding;

namespace ArchivePortal.Crawler.Tests.Units;

/// <summary>The crawl's use of the shared decoder: header, meta, BOM and detection on real pages.</summary>
public sealed class CharsetDecoderTests
{
    static byte[] Site(params string[] path) => File.ReadAllBytes(TestPaths.TestData(["site", .. path]));

    [Fact]
    public void The_header_charset_wins_over_a_meta_that_disagrees()
    {
        var decoded = CharsetDecoder.Decode(Site("news", "mismatch.html"), "GBK", isHtml: true, detect: true).Decoded!;
        Assert.Equal("gb18030", decoded.Charset);
        Assert.Contains("少儿阅览室完成改造重新开放", decoded.Text);
    }

    [Fact]
    public void A_header_that_lies_falls_through_to_the_meta()
    {
        var decoded = CharsetDecoder.Decode(Site("gb", "t20190125_4521.html"), "utf-8", isHtml: true, detect: true).Decoded!;
        Assert.Equal("gb18030", decoded.Charset); // <meta … charset=gb2312>
        Assert.Contains("古籍保护工作推进会", decoded.Text);
    }

    [Fact]
    public void Windows_1258_gives_decomposed_tone_marks_that_compose_to_the_text()
    {
        var decoded = CharsetDecoder.Decode(Site("vi", "tin-tuc", "hoi-nghi.html"), null, isHtml: true, detect: true).Decoded!;
        Assert.Equal("windows-1258", decoded.Charset);
        Assert.DoesNotContain("Hội nghị tổng kết", decoded.Text); // ộ arrives as ô + combining dot below
        Assert.Contains("Hội nghị tổng kết", decoded.Text.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Undeclared_gbk_is_detected_and_a_bom_wins()
    {
        var gbk = LegacyEncodings.Strict("GBK")!.GetBytes("<p>国家图书馆召开全馆工作会议</p>");
        Assert.Equal("gb18030", CharsetDecoder.Decode(gbk, null, isHtml: true, detect: true).Decoded!.Charset);
        byte[] bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Thư viện")];
        Assert.Equal(new DecodedText("Thư viện", "utf-8"), CharsetDecoder.Decode(bom, "windows-1258", isHtml: false, detect: true).Decoded);
    }

    /// <summary>Found by the fuzz tests (issue 14): a header or meta naming utf-7 threw NotSupportedException out of the decoder.</summary>
    [Fact]
    public void A_page_declaring_utf7_is_decoded_as_what_its_bytes_are()
    {
        var page = Encoding.UTF8.GetBytes("<meta charset=\"utf-7\"><p>Thư viện</p>");
        Assert.Equal("utf-8", CharsetDecoder.Decode(page, "utf-7", isHtml: true, detect: true).Decoded!.Charset);
        Assert.Equal("utf-8", CharsetDecoder.Decode(page, null, isHtml: true, detect: true).Decoded!.Charset);
    }
}
