using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.Common;

/// <summary>The token streams the index consumes for a record's text (see <see cref="RecordTokenFilter"/>).</summary>
public sealed class RecordTokenStreamTests
{
    static readonly ArchiveAnalyzer Analyzer = ArchiveAnalyzer.CreateDefault();

    [Fact]
    public void An_English_record_with_Chinese_inside_indexes_only_its_Chinese_words_in_the_Chinese_streams()
    {
        const string text = "Readers at the 国家图书馆 opened 古籍 exhibits";
        Assert.Equal([TextStream.ChineseWords, TextStream.ChineseBigrams, TextStream.English], Analyzer.RecordStreams("en", text));

        var words = Analyzer.AnalyzeRecordText("en", text)[TextStream.ChineseWords];
        Assert.NotEmpty(words);
        Assert.All(words, t => Assert.True(TextFolding.IsHan(t.Text[0]), $"'{t.Text}' is not Chinese"));
        Assert.Contains(words, t => t.Text == "古籍");
        // The English words skipped before it leave no gap: the first kept token is at the first position.
        Assert.Equal(1, words[0].PositionIncrement);
    }

    [Fact]
    public void A_Chinese_record_keeps_its_Latin_words_in_the_Chinese_words_stream()
    {
        var words = Analyzer.AnalyzeRecordText("zh", "NLC 国家图书馆举办讲座")[TextStream.ChineseWords];
        Assert.Contains(words, t => t.Text == "nlc");
    }

    [Fact]
    public void An_English_record_without_Chinese_has_no_Chinese_stream()
    {
        Assert.Equal([TextStream.English], Analyzer.RecordStreams("en", "Readers at the library"));
        Assert.Equal([TextStream.VietnameseExact, TextStream.VietnameseFolded], Analyzer.RecordStreams("vi", "Thư viện Quốc gia"));
    }
}
