using System.Text;
using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

/// <summary>Odd input must never throw or produce spans outside the text.</summary>
public sealed class IcuRandomInputTests
{
    const int Seed = 20210415;

    public static IEnumerable<object[]> RandomTexts()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 200; i++) yield return [RandomText(random, random.Next(1, 300))];
    }

    // A mix that favours the hard cases: lone and paired surrogates, controls, combining marks.
    static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            switch (random.Next(9))
            {
                case 0: text.Append((char)random.Next(0xD800, 0xE000)); break;          // lone surrogate
                case 1: text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x2FFFF))); break; // pair
                case 2: text.Append((char)random.Next(0, 0x20)); break;                  // C0 control
                case 3: text.Append((char)random.Next(0x300, 0x370)); break;             // combining mark
                case 4: text.Append((char)random.Next(0x4E00, 0xA000)); break;           // Han
                case 5: text.Append((char)random.Next(0x20, 0x7F)); break;               // ASCII
                case 6: text.Append((char)random.Next(0x1EA0, 0x1EFA)); break;           // Vietnamese letters
                case 7: text.Append((char)random.Next(0xFFF0, 0x10000)); break;          // specials, noncharacters
                default: text.Append((char)random.Next(0, 0x10000)); break;              // anything
            }
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(RandomTexts))]
    public void Word_spans_stay_inside_the_text_and_in_order(string text)
    {
        using var breaker = IcuWordBreakerTests.CreateBreaker();

        var previousEnd = 0;
        foreach (var word in breaker.Words(text))
        {
            Assert.InRange(word.Start, previousEnd, text.Length - 1);
            Assert.InRange(word.End, word.Start + 1, text.Length);
            Assert.True(word.RuleStatus >= 100, word.ToString());
            previousEnd = word.End;
        }
    }

    [Theory]
    [MemberData(nameof(RandomTexts))]
    public void Transliterators_do_not_throw(string text)
    {
        using var simplify = IcuTransliteratorTests.Create(IcuTransliteratorTests.TraditionalToSimplified);
        using var pinyin = IcuTransliteratorTests.Create(IcuTransliteratorTests.Pinyin);

        Assert.NotNull(simplify.Transliterate(text));
        Assert.NotNull(pinyin.Transliterate(text));
    }
}
