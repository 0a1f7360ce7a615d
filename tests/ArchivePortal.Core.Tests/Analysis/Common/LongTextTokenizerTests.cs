using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Core.Tests.Analysis.Common;

/// <summary>A long record (more than 4,096 tokens in one stream) is analyzed, and the next one after it too.</summary>
public sealed class LongTextTokenizerTests
{
    [Fact]
    public void A_text_of_many_thousand_tokens_is_analyzed_twice_in_a_row()
    {
        var analyzer = ArchiveAnalyzer.CreateDefault();
        var chinese = string.Concat(Enumerable.Repeat("图书馆举办讲座。", 1_500));
        var english = string.Join(' ', Enumerable.Repeat("library lecture", 3_000));
        for (int round = 0; round < 2; round++)
        {
            Assert.True(analyzer.AnalyzeRecordText("zh", chinese)[TextStream.ChineseBigrams].Count > 4_096);
            Assert.True(analyzer.AnalyzeRecordText("en", english)[TextStream.English].Count > 4_096);
        }
    }
}
