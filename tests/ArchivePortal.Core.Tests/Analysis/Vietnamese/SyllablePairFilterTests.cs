using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.Vietnamese;
using ArchivePortal.Core.Tests.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.Vietnamese;

public class SyllablePairFilterTests
{
    static readonly ArchiveAnalyzer Archive = ArchiveAnalyzer.CreateWithoutIcu();

    [Fact]
    public void Folded_stream_adds_each_pair_on_its_first_syllable()
    {
        TokenStreamAssert.Tokens(new VietnameseAnalyzer(folded: true), "Thư viện Quốc gia",
            new("thu", 0, 3), new("thu vien", 0, 8, Increment: 0),
            new("vien", 4, 8), new("vien quoc", 4, 13, Increment: 0),
            new("quoc", 9, 13), new("quoc gia", 9, 17, Increment: 0),
            new("gia", 14, 17));
    }

    [Fact]
    public void Exact_stream_pairs_keep_diacritics_and_normalized_tones()
    {
        TokenStreamAssert.Tokens(new VietnameseAnalyzer(folded: false), "Thư viện thủy",
            new("thư", 0, 3), new("thư viện", 0, 8, Increment: 0),
            new("viện", 4, 8), new("viện thuỷ", 4, 13, Increment: 0),
            new("thuỷ", 9, 13));
    }

    [Fact]
    public void Pairs_do_not_span_punctuation_or_a_dropped_word()
    {
        var text = "Hà Nội. Thư viện, số-hoá " + new string('a', 65) + " tài liệu";
        var pairs = Archive.AnalyzeQueryText(TextStream.VietnameseFolded, text)
            .Where(t => t.PositionIncrement == 0).Select(t => t.Text);
        Assert.Equal(["ha noi", "thu vien", "tai lieu"], pairs);
    }

    [Fact]
    public void Record_and_query_text_both_have_the_pairs_in_both_streams()
    {
        var record = Archive.AnalyzeRecordText("vi", "Thư viện số");
        foreach (var (stream, pair) in new[] { (TextStream.VietnameseExact, "thư viện"), (TextStream.VietnameseFolded, "thu vien") })
        {
            var fromRecord = record[stream].Single(t => t.Text == pair);
            Assert.Equal((0, 8, 0), (fromRecord.Start, fromRecord.End, fromRecord.PositionIncrement));
            var query = Archive.AnalyzeQueryText(stream, "thư viện");
            Assert.Equal([(pair.Split(' ')[0], 1), (pair, 0), (pair.Split(' ')[1], 1)],
                query.Select(t => (t.Text, t.PositionIncrement)));
        }
    }

    [Fact]
    public void A_single_syllable_makes_no_pair()
    {
        Assert.Equal(["thu"], Archive.AnalyzeQueryText(TextStream.VietnameseFolded, "thư").Select(t => t.Text));
        Assert.Empty(Archive.AnalyzeQueryText(TextStream.VietnameseFolded, ""));
    }

    [Fact]
    public void A_reused_stream_starts_without_the_last_syllable_of_the_text_before()
    {
        var analyzer = new VietnameseAnalyzer(folded: true);
        TokenStreamAssert.Analyze(analyzer, "thư viện");
        TokenStreamAssert.Tokens(analyzer, "số", new Expected("so", 0, 2));
    }

    [Fact]
    public void Random_and_empty_text() => TokenStreamAssert.RandomTextIsHandled(
        TokenStreamAssert.Chain(r => new LatinWordTokenizer(r), s => new SyllablePairFilter(s)));
}
