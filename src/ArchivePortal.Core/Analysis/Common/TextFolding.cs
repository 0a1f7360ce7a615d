using System.Globalization;
using System.Text;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Character-level helpers shared by the chains: Han detection and diacritic folding.</summary>
public static class TextFolding
{
    /// <summary>CJK unified ideographs (basic, extension A) and compatibility ideographs.</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    /// <summary>
    /// Removes diacritics: decompose, drop combining marks, recompose. đ/Đ have no decomposition
    /// in Unicode and are mapped by hand, as are a few other letters with strokes (ø, ł).
    /// </summary>
    public static string RemoveDiacritics(string word)
    {
        if (HasNothingToFold(word)) return word;
        // Normalization throws on a lone surrogate or U+FFFE: fold the text on each side of it.
        int bad = IndexOfUnnormalizable(word);
        if (bad >= 0) return string.Concat(RemoveDiacritics(word[..bad]), word.AsSpan(bad, 1), RemoveDiacritics(word[(bad + 1)..]));
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark) continue;
            sb.Append(c switch
            {
                'đ' => 'd', 'Đ' => 'D', 'ø' => 'o', 'Ø' => 'O', 'ł' => 'l', 'Ł' => 'L', 'ı' => 'i',
                _ => c,
            });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when every character is ASCII or a Han ideograph of the basic block or extension A:
    /// none of those decomposes, is a mark or composes with its neighbour, so folding leaves the
    /// text as it is (Chinese tokens skip the normalization). Compatibility ideographs do decompose.
    /// </summary>
    public static bool HasNothingToFold(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c > 0x7F && c is not (>= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')) return false;
        return true;
    }

    /// <summary>
    /// The index of the first character that <see cref="string.Normalize()"/> refuses (a surrogate
    /// that is not half of a pair, or the noncharacter U+FFFE), or -1.
    /// </summary>
    public static int IndexOfUnnormalizable(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\uFFFE') return i;
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    /// <summary>True when every character is ASCII (nothing to fold).</summary>
    public static bool IsPlainAscii(ReadOnlySpan<char> s) => System.Text.Ascii.IsValid(s);
}
