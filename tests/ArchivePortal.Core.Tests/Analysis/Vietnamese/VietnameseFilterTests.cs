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
    public void A_syllable_seen_before_normalizes_as_it_did_the_first_time()
    {
        // The filter remembers each syllable it normalized; the second text is answered from memory,
        // and a word too long to remember is normalized every time.
        var longWord = new string('a', 40) + "ó";
        var expected = new Expected[] { new("thuỷ", 0, 4), new("hoá", 5, 8), new(longWord, 9, 50) };
        TokenStreamAssert.Tokens(Tone, "thủy hóa " + longWord, expected);
        TokenStreamAssert.Tokens(Tone, "thủy hóa " + longWord, expected);
        TokenStreamAssert.Tokens(Tone, "thuỷ hoá " + longWord, expected);
    }

    [Fact]
    public void Random_and_empty_text()
    {
        TokenStreamAssert.RandomTextIsHandled(Tone);
        TokenStreamAssert.RandomTextIsHandled(new VietnameseAnalyzer(folded: false));
        TokenStreamAssert.RandomTextIsHandled(new VietnameseAnalyzer(folded: true));
    }
}
