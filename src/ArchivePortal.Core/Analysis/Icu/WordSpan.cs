namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// One word found by <see cref="IcuWordBreaker"/>: UTF-16 offsets into the text that was
/// broken (end exclusive) and ICU's rule status, which tells what kind of word it is.
/// </summary>
public readonly record struct WordSpan(int Start, int End, int RuleStatus)
{
    // ICU's UWordBreak ranges: each kind owns a block of 100 statuses.
    internal const int NumberStatus = 100;
    internal const int LetterStatus = 200;
    internal const int KanaStatus = 300;
    internal const int IdeographicStatus = 400;
    internal const int IdeographicLimit = 500;

    /// <summary>Number of UTF-16 code units in the word.</summary>
    public int Length => End - Start;

    /// <summary>Digits, possibly with separators: <c>2021</c>, <c>3.14</c>.</summary>
    public bool IsNumber => RuleStatus is >= NumberStatus and < LetterStatus;

    /// <summary>Letters of an alphabetic script (Latin, Vietnamese, …), possibly with digits: <c>NLC</c>, <c>COVID</c>.</summary>
    public bool IsLetter => RuleStatus is >= LetterStatus and < KanaStatus;

    /// <summary>Hiragana or katakana.</summary>
    public bool IsKana => RuleStatus is >= KanaStatus and < IdeographicStatus;

    /// <summary>Han characters, segmented by ICU's dictionary (also Thai, Lao, Khmer, Burmese words).</summary>
    public bool IsIdeographic => RuleStatus is >= IdeographicStatus and < IdeographicLimit;

    /// <summary>The characters of this word in <paramref name="text"/>, the text it was found in.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>The characters of this word in <paramref name="text"/>, as a string.</summary>
    public string TextIn(string text) => text[Start..End];
}
