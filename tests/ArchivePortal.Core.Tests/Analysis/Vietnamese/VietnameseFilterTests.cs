using ArchivePortal.Core.Analysis.Vietnamese;
using ArchivePortal.Core.Tests.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.Vietnamese;

public class VietnameseFilterTests
{
    static readonly Lucene.Net.Analysis.Analyzer Tone = TokenStreamAssert.OverWhitespace(s => new VietnameseToneNormalizationFilter(s));

    [Fact]
    public void Tone_marks_move_to_the_last_vowel_and_offsets_stay()
    {
        TokenStreamAssert.Tokens(Tone, "thủy hóa khỏe thuỷ",
            new("thuỷ", 0, 4), new("hoá", 5, 8), new("khoẻ", 9, 13), new("thuỷ", 14, 18));
    }

    [Fact]
    public void Random_and_empty_text()
    {
        TokenStreamAssert.RandomTextIsHandled(Tone);
        TokenStreamAssert.RandomTextIsHandled(new VietnameseAnalyzer(folded: false));
        TokenStreamAssert.RandomTextIsHandled(new VietnameseAnalyzer(folded: true));
    }
}
