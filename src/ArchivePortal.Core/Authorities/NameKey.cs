using System.Text;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The form in which names are compared: Traditional folded to Simplified, lowercase, diacritics
/// removed (Kiều Thúy Nga = Kieu Thuy Nga, Thuỷ = Thủy), punctuation and runs of space made one
/// space, and no space between Han characters. Two spellings of a name that a reader would take
/// for the same name get the same key.
/// </summary>
public sealed class NameKey(Func<string, string>? foldScript)
{
    public string Of(string text)
    {
        var folded = foldScript?.Invoke(text) ?? text;
        var sb = new StringBuilder(folded.Length);
        bool pendingSpace = false;
        foreach (var c in TextFolding.RemoveDiacritics(folded.ToLowerInvariant()))
        {
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

    public static bool HasHan(string key) => key.Any(TextFolding.IsHan);

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
