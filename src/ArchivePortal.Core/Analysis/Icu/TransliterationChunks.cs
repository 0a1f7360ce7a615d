using System.Globalization;

namespace ArchivePortal.Core.Analysis.Icu;

/// <summary>
/// Where to cut a long text so that each piece can be transliterated alone. utrans_transUChars
/// works in place: every replacement that changes the length shifts the rest of the buffer, so
/// one call over a megabyte of Han text takes minutes (measured with ICU 72: 281 s for 1 MB of
/// Han-Latin, against 7 s in pieces). Pieces of about a thousand characters keep it linear.
/// </summary>
/// <remarks>
/// Cuts go right after whitespace, where transform rules do not look across: Han-Latin puts a
/// space before a syllable that follows a letter or punctuation (<c>，图</c> → <c>, tu</c>), so a
/// cut after punctuation would lose that space, but after whitespace it adds none either way.
/// </remarks>
internal readonly record struct TransliterationChunks(int Target, int Max)
{
    public static readonly TransliterationChunks Default = new(1024, 8192);

    /// <summary>The end (exclusive) of the piece that starts at <paramref name="start"/>.</summary>
    public int End(ReadOnlySpan<char> text, int start)
    {
        if (text.Length - start <= Target) return text.Length;
        // The last safe cut within the target length, else the first one after it.
        for (var i = start + Target; i > start; i--)
            if (IsSafeCut(text, i)) return i;
        var limit = Math.Min(text.Length, start + Max);
        for (var i = start + Target + 1; i < limit; i++)
            if (IsSafeCut(text, i)) return i;
        if (limit == text.Length) return limit;
        // Thousands of characters without whitespace: cut anyway (Han-Latin may then miss one
        // syllable space at the seam; character mappings such as Traditional-Simplified do
        // not care), but never inside a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) && char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    static bool IsSafeCut(ReadOnlySpan<char> text, int i) => char.IsWhiteSpace(text[i - 1]) && !IsMark(text[i]);

    // A combining mark belongs to the character before it; never split it off.
    static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
