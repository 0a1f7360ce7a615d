using System.Globalization;
using System.Text;
using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Vietnamese;

/// <summary>
/// Vietnamese writes a syllable's tone mark on one of its vowels, and two conventions disagree
/// on which (old "thuỷ", "hoá" against new "thủy", "hóa"). This filter moves the tone mark to
/// the syllable's last vowel, which makes both conventions the same token. The result is an
/// index key, not a spelling lesson: it only has to be the same for both forms. Vowel quality
/// marks (circumflex, breve, horn) are letters, not tones, and stay where they are.
/// </summary>
public sealed class VietnameseToneNormalizationFilter : TokenFilter
{
    readonly ICharTermAttribute term;
    readonly TermMemo memo = new();

    public VietnameseToneNormalizationFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        // Plain ASCII has no tone mark and is already in NFC: most tokens stop here.
        if (TextFolding.IsPlainAscii(term.Buffer.AsSpan(0, term.Length))) return true;
        var chars = term.Buffer.AsSpan(0, term.Length);
        var normalized = memo.Get(chars, Normalize);
        if (!chars.SequenceEqual(normalized)) term.SetEmpty().Append(normalized);
        return true;
    }

    /// <summary>Returns the syllable in NFC with its tone mark (if any) on the last vowel.</summary>
    public static string Normalize(string syllable)
    {
        // Not a syllable, and normalization would throw on it.
        if (TextFolding.IndexOfUnnormalizable(syllable) >= 0) return syllable;
        var decomposed = Text.UnicodeText.Nfd(syllable);
        char tone = '\0';
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsToneMark(c)) { tone = c; continue; }
            sb.Append(c);
        }
        if (tone == '\0') return Text.UnicodeText.Nfc(syllable);

        int insertAt = -1;
        for (int i = 0; i < sb.Length; i++)
        {
            if (!IsBaseVowel(sb[i])) continue;
            // Skip the vowel's own quality marks so the tone lands after them (ư + ̀ → ừ).
            int j = i + 1;
            while (j < sb.Length && CharUnicodeInfo.GetUnicodeCategory(sb[j]) == UnicodeCategory.NonSpacingMark) j++;
            insertAt = j;
        }
        if (insertAt < 0) insertAt = sb.Length; // no vowel: keep the mark, at the end
        sb.Insert(insertAt, tone);
        return Text.UnicodeText.Nfc(sb.ToString());
    }

    // The five Vietnamese tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
    static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    static bool IsBaseVowel(char c) => "aeiouyAEIOUY".Contains(c);
}
