using System.Collections.Frozen;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Words the segmenter must keep whole: the labels of known persons, institutions and topics.
/// ICU's dictionary splits names it does not know (饶权 → 饶 / 权); a name kept whole is a
/// precise token at both index and query time. Entries are stored in Simplified script.
/// </summary>
public sealed class ChineseUserDictionary
{
    public static readonly ChineseUserDictionary Empty = new([]);

    readonly FrozenSet<string> words;

    public ChineseUserDictionary(IEnumerable<string> entries)
    {
        words = entries.Where(w => w.Length >= 2).ToFrozenSet(StringComparer.Ordinal);
        MaxLength = words.Count == 0 ? 0 : words.Max(w => w.Length);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        longestByFirst = words.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.Max(w => w.Length));
        var sorted = string.Join('\n', words.Order(StringComparer.Ordinal));
        Fingerprint = words.Count == 0 ? "0" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sorted)))[..12];
    }

    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Most characters start no entry: one look-up rules them out before any substring is tried.
    readonly FrozenDictionary<char, int> longestByFirst;

    public int Count => words.Count;

    /// <summary>Changes whenever the entries change: part of the analysis fingerprint.</summary>
    public string Fingerprint { get; }

    public int MaxLength { get; }

    /// <summary>True when <paramref name="word"/> is an entry.</summary>
    public bool Contains(ReadOnlySpan<char> word) => word.Length >= 2 && lookup.Contains(word);

    /// <summary>Length of the longest entry that starts at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(ReadOnlySpan<char> text, int start)
    {
        if (!longestByFirst.TryGetValue(text[start], out var longest)) return 0;
        for (int len = Math.Min(longest, text.Length - start); len >= 2; len--)
        {
            if (lookup.Contains(text.Slice(start, len))) return len;
        }
        return 0;
    }
}
