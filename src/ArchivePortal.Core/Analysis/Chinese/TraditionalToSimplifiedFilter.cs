using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Folds Traditional characters to Simplified (國家圖書館 → 国家图书馆) so that either script finds both.
/// It maps character by character and keeps the text's length, so offsets stay valid for highlighting;
/// each Han character is asked of the transliterator once and remembered.
/// </summary>
public sealed class TraditionalToSimplifiedFilter(Func<string, string> transliterate)
{
    // What each character folds to, '\0' until asked: a plain table is read without locks, and
    // two threads filling the same entry at once both write the same character.
    readonly char[] cache = new char[char.MaxValue + 1];

    public string Apply(string text)
    {
        char[]? folded = null;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!TextFolding.IsHan(c)) continue;
            var s = Folded(c);
            if (s == c) continue;
            folded ??= text.ToCharArray();
            folded[i] = s;
        }
        return folded is null ? text : new string(folded);
    }

    /// <summary>Folds <paramref name="text"/> in place.</summary>
    public void Apply(Span<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextFolding.IsHan(c)) text[i] = Folded(c);
        }
    }

    char Folded(char c)
    {
        var folded = cache[c];
        if (folded == '\0') cache[c] = folded = Fold(c);
        return folded;
    }

    char Fold(char c)
    {
        var result = transliterate(c.ToString());
        // A character that maps to several (or none) would shift every offset after it: keep it.
        return result.Length == 1 ? result[0] : c;
    }
}
