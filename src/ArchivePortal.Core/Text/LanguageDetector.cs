using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Text;

/// <summary>
/// Tells Chinese, Vietnamese and English apart by script: Han characters make Chinese,
/// Vietnamese-only letters (ă â đ ê ô ơ ư and the tone marks) make Vietnamese, other Latin text English.
/// Page chrome can be in another language than the article (an English page with a Chinese breadcrumb),
/// so the decision is by share of letters, not by the first letter seen.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Detects the language of <paramref name="text"/>; English when there are no letters at all.</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        int han = 0, latin = 0, vietnamese = 0, traditionalHints = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
                if (TraditionalOnly.Contains(c)) traditionalHints++;
            }
            else if (char.IsLetter(c) && c < 0x2000)
            {
                latin++;
                if (IsVietnameseLetter(c)) vietnamese++;
            }
        }

        // A Han character carries about as much text as a word of four Latin letters.
        if (han * 4 > latin)
            return traditionalHints * 20 > han ? LanguageCodes.TraditionalChinese : LanguageCodes.Chinese;
        // Vietnamese text has a marked letter in most words; an English text with one
        // Vietnamese name in it has very few.
        if (latin > 0 && vietnamese * 25 > latin) return LanguageCodes.Vietnamese;
        return LanguageCodes.English;
    }

    /// <summary>CJK ideographs (one definition for the whole portal: <see cref="Analysis.Common.TextFolding.IsHan"/>).</summary>
    public static bool IsHan(char c) => Analysis.Common.TextFolding.IsHan(c);

    /// <summary>Letters that occur in Vietnamese and not in English: ă â đ ê ô ơ ư and the precomposed tone marks.</summary>
    public static bool IsVietnameseLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if ("ăâđêôơư".Contains(lower)) return true;
        // Latin Extended Additional holds the Vietnamese letters with tone marks (ạ ả ấ … ỹ).
        if (lower is >= '\u1EA0' and <= '\u1EF9') return true;
        // Tone marks that Latin-1 also has, used by Vietnamese with plain vowels: à á ã è é ì í ò ó õ ù ú ý.
        return false;
    }

    // Frequent characters that exist only in Traditional script; enough of them in a text means zh-Hant.
    static readonly HashSet<char> TraditionalOnly =
        [.. "國圖書館與為這個們會來時說對發經學從當點還開關應實現體動產電無長樣問進區東車門馬語讀數據並後處將辦專"];
}
