using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Core.Tests.Analysis;

public class VietnameseAnalyzerTests
{
    static readonly ArchiveAnalyzer Analyzer = ArchiveAnalyzer.CreateWithoutIcu();

    // The syllables alone; the pairs have tests of their own.
    static string[] Exact(string text) => Syllables(TextStream.VietnameseExact, text).Select(t => t.Text).ToArray();
    static string[] Folded(string text) => Syllables(TextStream.VietnameseFolded, text).Select(t => t.Text).ToArray();

    static IEnumerable<Token> Syllables(TextStream stream, string text) =>
        Analyzer.AnalyzeQueryText(stream, text).Where(t => t.PositionIncrement > 0);

    [Fact]
    public void Folded_stream_removes_diacritics_and_maps_d_with_stroke()
    {
        Assert.Equal(["thu", "vien", "quoc", "gia", "viet", "nam"], Folded("Thư viện Quốc gia Việt Nam"));
        Assert.Equal(["dang", "uy", "doan", "quynh", "dung"], Folded("Đảng uỷ Đoàn Quỳnh Dung"));
    }

    [Theory]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("hoá", "hóa")]
    [InlineData("uỷ", "ủy")]
    [InlineData("khoẻ", "khỏe")]
    public void Old_and_new_tone_placement_give_the_same_exact_token(string oldStyle, string newStyle)
    {
        Assert.Equal(Exact(oldStyle), Exact(newStyle));
    }

    [Fact]
    public void Exact_stream_keeps_tones_apart()
    {
        // ma, má, mà, mả, mã, mạ are six different words.
        var tokens = Exact("ma má mà mả mã mạ");
        Assert.Equal(6, tokens.Distinct().Count());
    }

    [Fact]
    public void Decomposed_input_gives_the_same_tokens_as_composed()
    {
        var composed = "Trịnh Thị Thuỷ";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(Exact(composed), Exact(decomposed));
        Assert.Equal(Folded(composed), Folded(decomposed));
    }

    [Fact]
    public void Offsets_point_at_the_original_syllables()
    {
        var text = "Hội nghị tổng kết";
        foreach (var t in Syllables(TextStream.VietnameseFolded, text))
            Assert.Equal(t.Text, ArchivePortal.Core.Analysis.Common.TextFolding.RemoveDiacritics(text[t.Start..t.End].ToLowerInvariant()));
    }
}
