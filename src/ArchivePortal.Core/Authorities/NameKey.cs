using System.Text;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The form in which names are compared: Traditional folded to Simplified, lowercase, diacritics
/// removed (Kiều Thúy Nga = Kieu Thuy Nga, Thuỷ = Thủy), punctuation and runs of space made one
/// space (an apostrophe inside a word is dropped: Ch'ing = Ching), and no space between Han characters. Two spellings of a name that a reader would take
/// for the same name get the same key.
/// </summary>
public sealed class NameKey(Func<string, string>? foldScript)
{
    public string Of(string text)
    {
        var folded = foldScript?.Invoke(text) ?? text;
        var sb = new StringBuilder(folded.Length);
        bool pendingSpace = false;
        var plain = TextFolding.RemoveDiacritics(folded.ToLowerInvariant());
        for (int i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (IsInnerApostrophe(plain, i)) continue;
            if (char.IsLetterOrDigit(c))
            {
                bool han = TextFolding.IsHan(c);
                if (pendingSpace && sb.Length > 0 && !(han && TextFolding.IsHan(sb[^1]))) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>
    /// An apostrophe inside a word, as Wade–Giles marks aspiration (Ch'ing): English texts mostly
    /// leave it out (Ching), so it joins the word. A possessive 's stays apart (Lai's → lai s).
    /// </summary>
    static bool IsInnerApostrophe(string text, int i)
    {
        if (text[i] is not ('\'' or '\u2019' or '\u02BC') || i == 0 || i + 1 >= text.Length) return false;
        if (!char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1])) return false;
        bool possessive = text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
        return !possessive;
    }

    /// <summary>Traditional characters folded to Simplified, one for one (the text's length is kept); the text itself without a fold.</summary>
    public string FoldScript(string text) => foldScript?.Invoke(text) ?? text;

    public static bool HasHan(string key)
    {
        // A loop, not LINQ: filing asks it of every word of every record it splits.
        foreach (var c in key) if (TextFolding.IsHan(c)) return true;
        return false;
    }

    /// <summary>
    /// The Chinese script of a text: Traditional when a twentieth of its Han characters fold to
    /// others (one is enough in a short name, 國圖), else Simplified; null without Han characters.
    /// </summary>
    public string? ScriptOf(string text)
    {
        if (foldScript is null) // no transliterator: the language detector's list of Traditional characters
            return !text.Any(TextFolding.IsHan) ? null
                : Text.LanguageDetector.Detect(text) == Records.LanguageCodes.TraditionalChinese ? WritingContext.Traditional : WritingContext.Simplified;
        var folded = foldScript(text);
        int han = 0, traditional = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!TextFolding.IsHan(text[i])) continue;
            han++;
            // Folding keeps the length (character by character); if it ever did not, count what it changed.
            if (folded.Length == text.Length ? folded[i] != text[i] : foldScript(text[i].ToString()) != text[i].ToString()) traditional++;
        }
        if (han == 0) return null;
        return traditional * 20 > han ? WritingContext.Traditional : WritingContext.Simplified;
    }

}
