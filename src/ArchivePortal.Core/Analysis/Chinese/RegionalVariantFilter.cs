using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// The maintained list of regional words, in Simplified script, with the mainland word each folds to:
/// 数位 (Taiwan) and 数码 (Hong Kong) find 数字. It is applied inside one word (<see cref="ChineseWords"/>),
/// longest entry first, never across a word boundary: 数位 in 数位化 folds, while 多数 | 位于 keeps its
/// words. With OpenCC it adds what OpenCC's phrase tables lack; without OpenCC it is all there is.
/// </summary>
public sealed class RegionalVariantFilter
{
    // Each entry is a word with one meaning in every region, so folding it loses nothing; an entry
    // that maps to itself guards a longer word from a shorter entry inside it.
    static readonly (string From, string To)[] Variants =
    [
        ("数位", "数字"),          // TW digital (数位化, 数位典藏)
        ("数码", "数字"),          // HK digital; the mainland says 数码 and 数字 alike (数码相机)
        ("资讯", "信息"),          // TW/HK information
        ("网路", "网络"),          // TW network
        ("网际网路", "互联网"),    // TW the Internet (longer than the word it replaces)
        ("软体", "软件"),          // TW software
        ("软体动物", "软体动物"),  // a mollusc, not software
        ("硬体", "硬件"),          // TW hardware
        ("程式", "程序"),          // TW program
        ("方程式", "方程式"),      // an equation, not a program
        ("列印", "打印"),          // TW/HK print (the same characters in both scripts, so OpenCC only sees it here)
        ("视讯", "视频"),          // TW video (视讯软体, 视讯会议)
        ("资料库", "数据库"),      // TW database (资料 alone means materials and stays)
        ("部落格", "博客"),        // TW blog
        ("线上", "在线"),          // online: TW 線上 and the mainland's own 线上 (线上阅读) meet 在线
        ("网上", "在线"),          // online: HK 網上 (網上預約) and the mainland's 网上展览
        ("少儿", "儿童"),          // children: the mainland's 少儿 (少儿阅读) is 兒童 in Taiwan and Hong Kong
        ("世界阅读日", "世界读书日"), // HK name of World Book Day (23 April)
        ("世界书香日", "世界读书日"), // TW name of World Book Day
    ];

    // After the table: static fields start in the order they are written.
    public static readonly RegionalVariantFilter Instance = new();

    readonly FrozenDictionary<string, string> entries = Variants.ToFrozenDictionary(v => v.From, v => v.To, StringComparer.Ordinal);
    readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Most characters start no entry: one look-up rules them out before any substring is tried.
    readonly FrozenDictionary<char, int> longestByFirst;

    RegionalVariantFilter()
    {
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        longestByFirst = Variants.GroupBy(v => v.From[0]).ToFrozenDictionary(g => g.Key, g => g.Max(v => v.From.Length));
    }

    /// <summary>Part of the analysis fingerprint: changes whenever an entry does.</summary>
    public static string Fingerprint { get; } = "rv-" + Convert.ToHexString(SHA256.HashData(
        Encoding.UTF8.GetBytes(string.Join('\n', Variants.Select(v => v.From + "\t" + v.To)))))[..10];

    /// <summary>The word with its regional parts folded to the mainland words; the same instance when none is.</summary>
    public string Apply(string word) => Apply(word.AsSpan()) ?? word;

    /// <summary>The word with its regional parts folded, or null when it has none.</summary>
    public string? Apply(ReadOnlySpan<char> word)
    {
        StringBuilder? folded = null;
        int copied = 0;
        for (int i = 0; i < word.Length;)
        {
            if (Match(word, i) is not var (length, to)) { i++; continue; }
            if (!word.Slice(i, length).SequenceEqual(to))
            {
                folded ??= new StringBuilder(word.Length + 4);
                folded.Append(word[copied..i]).Append(to);
                copied = i + length;
            }
            i += length;
        }
        if (folded is null) return null;
        return folded.Append(word[copied..]).ToString();
    }

    /// <summary>
    /// True when a folded word could stand where <paramref name="word"/> joins: the word and a
    /// replacement (儿童 for 少儿) share characters where one runs into the other. Text with such
    /// a word need not have the word's characters: 少儿阅读 has the word 儿童.
    /// </summary>
    public static bool MayFoldInto(string word) =>
        Variants.Any(v => v.From != v.To && Overlap(word, v.To));

    /// <summary>True when one string contains the other, or ends with what the other begins with.</summary>
    static bool Overlap(string a, string b)
    {
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return true;
        for (int n = 1; n < Math.Min(a.Length, b.Length); n++)
            if (a.AsSpan(a.Length - n).SequenceEqual(b.AsSpan(0, n)) || b.AsSpan(b.Length - n).SequenceEqual(a.AsSpan(0, n))) return true;
        return false;
    }

    /// <summary>The length of the longest entry: no phrase reaches further.</summary>
    public int LongestEntryLength { get; } = Variants.Max(v => v.From.Length);

    /// <summary>True when some entry starts with <paramref name="c"/>: most characters start none.</summary>
    public bool StartsAnEntry(char c) => longestByFirst.ContainsKey(c);

    /// <summary>
    /// The length of the longest entry that starts at <paramref name="start"/> and ends where
    /// <paramref name="endsAt"/> allows (at the end of a word), or 0.
    /// </summary>
    public int LongestEntry(ReadOnlySpan<char> text, int start, Func<int, bool> endsAt)
    {
        if (!longestByFirst.TryGetValue(text[start], out var longest)) return 0;
        for (int length = Math.Min(longest, text.Length - start); length >= 2; length--)
            if (endsAt(start + length) && lookup.ContainsKey(text.Slice(start, length))) return length;
        return 0;
    }

    (int Length, string To)? Match(ReadOnlySpan<char> word, int start)
    {
        if (!longestByFirst.TryGetValue(word[start], out var longest)) return null;
        for (int length = Math.Min(longest, word.Length - start); length >= 2; length--)
            if (lookup.TryGetValue(word.Slice(start, length), out var to)) return (length, to);
        return null;
    }
}
