using System.Collections.Concurrent;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Folds Traditional characters to Simplified (國家圖書館 → 国家图书馆) so that either script finds both.
/// It maps character by character and keeps the text's length, so offsets stay valid for highlighting;
/// each Han character is asked of the transliterator once and remembered.
/// </summary>
public sealed class TraditionalToSimplifiedFilter(Func<string, string> transliterate)
{
    readonly ConcurrentDictionary<char, char> cache = new();

    public string Apply(string text)
    {
        char[]? folded = null;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!TextFolding.IsHan(c)) continue;
            var s = cache.GetOrAdd(c, Fold);
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
            if (TextFolding.IsHan(c)) text[i] = cache.GetOrAdd(c, Fold);
        }
    }

    char Fold(char c)
    {
        var result = transliterate(c.ToString());
        // A character that maps to several (or none) would shift every offset after it: keep it.
        return result.Length == 1 ? result[0] : c;
    }
}
