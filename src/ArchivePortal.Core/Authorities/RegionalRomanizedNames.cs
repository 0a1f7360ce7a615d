using ArchivePortal.Core.Text;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Authorities.Romanization;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The romanizations of a Chinese name that Taiwan and Hong Kong use in English, beside the
/// mainland's pinyin: Wade–Giles (周曉雯 → Chou Hsiao-wen) and the Hong Kong Cantonese spelling
/// (陳大文 → Chan Tai-man), each also with the given name as one word (Chou Hsiaowen) and in the
/// given-name-first order (Hsiao-wen Chou), so that an English text's spelling finds the person
/// a Chinese text named. Only names in Traditional (or shared) characters get them, and only names
/// of three characters: a surname and a two-syllable given name written with a hyphen are
/// distinctive, while two short words (Ho Man) are too easily words of an English sentence.
/// </summary>
public sealed class RegionalRomanizedNames(Func<string, string>? toPinyin)
{
    /// <summary>At most this many Cantonese spellings of one name: the conventional ones first.</summary>
    public const int MaxCantonese = 4;

    // Each name is asked for on every import that files it and every query that names it; the
    // spellings of a name never change.
    readonly BoundedMemo<IReadOnlyList<string>> remembered = new(50_000);

    public IEnumerable<string> Of(string chineseName)
    {
        if (chineseName.Length != 3 || !chineseName.All(TextFolding.IsHan)) return [];
        if (remembered.TryGetValue(chineseName, out var known)) return known;
        var spellings = Spell(chineseName);
        remembered.Remember(chineseName, spellings);
        return spellings;
    }

    IReadOnlyList<string> Spell(string chineseName)
    {
        // Taiwan and Hong Kong write Traditional characters: a name with a Simplified one (张志明)
        // is a mainland spelling and keeps its pinyin.
        if (!chineseName.All(CantoneseReadings.Knows)) return [];
        var names = new List<string>();
        if (WadeGilesOf(chineseName) is { } wadeGiles) names.Add(wadeGiles);
        names.AddRange(CantoneseOf(chineseName));
        // English writes the given name hyphenated, apart or as one word (Hsiao-wen, Hsiao wen,
        // Hsiaowen), surname first or last: the hyphen and the space are one in the name key.
        return names.Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(n => new[] { n, n.Replace("-", ""), GivenNameFirst(n), GivenNameFirst(n.Replace("-", "")) }).ToList();
    }

    string? WadeGilesOf(string chineseName)
    {
        if (toPinyin is null) return null;
        var syllables = toPinyin(chineseName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WadeGiles.Syllable).ToList();
        return syllables.Count == 3 && syllables.All(s => s is not null) ? Written(syllables!) : null;
    }

    static IEnumerable<string> CantoneseOf(string chineseName)
    {
        // Each character's spellings in order of preference: its usual reading's, then its other reading's.
        // Three spellings a character at most: the product stays small, and later ones never make the first few.
        var perCharacter = chineseName.Select(c => CantoneseReadings.Of(c).SelectMany(HongKongRomanization.Spellings).Distinct().Take(3).ToList()).ToList();
        if (perCharacter.Any(s => s.Count == 0)) return [];
        // Every combination, best first by the sum of the positions chosen; the first few kept.
        var combinations =
            from a in perCharacter[0].Select((s, i) => (s, i))
            from b in perCharacter[1].Select((s, i) => (s, i))
            from c in perCharacter[2].Select((s, i) => (s, i))
            orderby a.i + b.i + c.i
            select Written([a.s, b.s, c.s]);
        return combinations.Take(MaxCantonese).ToList();
    }

    /// <summary>Surname, then the given name's syllables joined by a hyphen: Chou Hsiao-wen.</summary>
    static string Written(IReadOnlyList<string> syllables) =>
        Capitalised(syllables[0]) + " " + Capitalised(syllables[1]) + "-" + syllables[2];

    static string GivenNameFirst(string name)
    {
        int space = name.IndexOf(' ');
        return name[(space + 1)..] + " " + name[..space];
    }

    static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
