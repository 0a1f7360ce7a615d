using System.Text;

namespace ArchivePortal.Core.Text;

/// <summary>
/// Unicode normalization that survives any string. .NET's <see cref="string.Normalize()"/> throws on
/// a surrogate that is not half of a pair and on the noncharacter U+FFFE, both of which outside
/// text (a file, a crawled page, a query) can hold; here they become U+FFFD first, so one odd
/// character never fails a whole file, page or search.
/// </summary>
public static class UnicodeText
{
    public static string Nfc(string text) => Valid(text).Normalize(NormalizationForm.FormC);

    public static string Nfd(string text) => Valid(text).Normalize(NormalizationForm.FormD);

    /// <summary>The text with every lone surrogate and U+FFFE replaced by U+FFFD (the text itself when there is none).</summary>
    public static string Valid(string text)
    {
        int bad = Analysis.Common.TextFolding.IndexOfUnnormalizable(text);
        if (bad < 0) return text;
        var chars = text.ToCharArray();
        for (int i = bad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE') chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
