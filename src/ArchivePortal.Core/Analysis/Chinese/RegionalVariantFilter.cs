using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Folds Taiwan and Hong Kong vocabulary to the mainland word after script folding, so that
/// 數位化 (Taiwan) and 數碼化 (Hong Kong) find 数字化. Script folding maps characters, not words:
/// 數位化 becomes 数位化, which no mainland text contains. Only replacements of equal length, so
/// offsets stay exact; the table is small and general, the way OpenCC's phrase tables are.
/// </summary>
public sealed class RegionalVariantFilter
{
    public static readonly RegionalVariantFilter Instance = new();

    static readonly (string From, string To)[] Variants =
    [
        ("数位", "数字"),   // TW digital
        ("数码", "数字"),   // HK digital
        ("资讯", "信息"),   // TW/HK information
        ("网路", "网络"),   // TW network
        ("软体", "软件"),   // TW software
        ("硬体", "硬件"),   // TW hardware
        ("程式", "程序"),   // TW program
        ("列印", "打印"),   // TW print
        ("视讯", "视频"),   // TW video
        ("世界阅读日", "世界读书日"), // HK name of World Book Day (23 April)
        ("世界书香日", "世界读书日"), // TW name of World Book Day
    ];

    /// <summary>Part of the analysis fingerprint: changes when the table does.</summary>
    public static string Fingerprint { get; } = "rv" + Variants.Length;

    public string Apply(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') < 0) return text;
        // Every replacement has the length of what it replaces, so offsets are unchanged.
        foreach (var (from, to) in Variants)
            if (text.Contains(from, StringComparison.Ordinal)) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Replaces the variants in place.</summary>
    public void Apply(Span<char> text)
    {
        if (text.IndexOfAnyInRange('\u4E00', '\u9FFF') < 0) return;
        foreach (var (from, to) in Variants)
        {
            int at;
            int searched = 0;
            while ((at = text[searched..].IndexOf(from, StringComparison.Ordinal)) >= 0)
            {
                to.CopyTo(text[(searched + at)..]);
                searched += at + to.Length;
            }
        }
    }
}
