using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Core.Tests.Analysis;

public class EnglishAnalyzerTests
{
    static readonly ArchiveAnalyzer Analyzer = ArchiveAnalyzer.CreateWithoutIcu();

    static string[] Analyze(string text) => Analyzer.AnalyzeQueryText(TextStream.English, text).Select(t => t.Text).ToArray();

    [Fact]
    public void Inflections_meet_at_one_stem()
    {
        Assert.Equal(Analyze("digitization"), Analyze("digitized"));
        Assert.Equal(Analyze("archives"), Analyze("archive"));
        Assert.Equal(Analyze("meetings"), Analyze("meeting"));
    }

    [Fact]
    public void Stop_words_and_possessives_are_removed()
    {
        Assert.Equal(Analyze("Xi Jinping"), Analyze("the Xi Jinping's"));
        Assert.Equal(2, Analyze("the Xi Jinping's").Length);
    }

    [Fact]
    public void Diacritics_are_folded_so_vietnamese_names_match_their_english_spelling()
    {
        Assert.Equal(Analyze("Trinh Thi Thuy"), Analyze("Trịnh Thị Thủy"));
    }

    [Fact]
    public void Han_characters_are_left_to_the_chinese_chain()
    {
        Assert.Equal(["nlc"], Analyze("国家图书馆 NLC"));
    }
}
