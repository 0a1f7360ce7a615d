using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A Vietnamese phrase of several syllables is searched as a phrase of its syllable pairs: it finds
/// the syllables standing together, with or without diacritics, and not the same syllables apart or
/// across a sentence end.
/// </summary>
public class VietnamesePhraseTests
{
    static TempArchive Corpus() => new TempArchive().With(
        Record("together", "vi", "Hội thảo bảo quản tài liệu cổ", "Ông Lương Đức Khang phát biểu về bảo quản tài liệu cổ tại thư viện tỉnh.", "2024-03-11",
            "Thư viện tỉnh Nam Định"),
        Record("apart", "vi", "Ngày hội đọc sách", "Thư viện bảo đảm quản lý tốt kho tài liệu và sách cổ.", "2024-04-02", "Thư viện tỉnh Nam Định"),
        Record("sentence-end", "vi", "Tổng kết công tác năm", "Kho lưu trữ được bảo quản. Tài liệu cổ được số hóa trong năm.", "2024-12-20",
            "Thư viện tỉnh Nam Định"));

    [Theory]
    [InlineData("\"bảo quản tài liệu cổ\"")]
    [InlineData("\"bao quan tai lieu co\"")]
    [InlineData("\"Lương Đức Khang\"")]
    [InlineData("\"luong duc khang\"")]
    public void A_phrase_finds_its_syllables_together_only(string query)
    {
        using var t = Corpus();
        Assert.Equal(["together"], t.Ids(query));
    }

    [Fact]
    public void Plain_words_still_find_the_syllables_apart()
    {
        using var t = Corpus();
        var ids = t.Ids("bảo quản tài liệu cổ");
        Assert.Equal("together", ids[0]);
        Assert.Contains("sentence-end", ids);
    }
}
