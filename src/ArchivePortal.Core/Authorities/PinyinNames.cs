namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The romanized forms of a Chinese name, so that a person met in two scripts is one person even
/// when nobody entered both: 饶权 → "Rao Quan", 霍瑞娟 → "Huo Ruijuan" (English writes the given
/// name as one word) and "Huo Rui Juan". Tones are dropped; a polyphonic character gets its
/// most common reading, which is right for most names.
/// </summary>
public sealed class PinyinNames(Func<string, string> toPinyin)
{
    public IEnumerable<string> Of(string chineseName)
    {
        if (chineseName.Length is < 2 or > 4 || !chineseName.All(Analysis.Common.TextFolding.IsHan)) yield break;
        var syllables = toPinyin(chineseName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (syllables.Length != chineseName.Length) yield break;
        // Two-character surnames (欧阳, 司马 …) are rare in this domain; take the first syllable as the surname.
        yield return syllables[0] + " " + string.Concat(syllables.Skip(1));
        if (syllables.Length > 2) yield return string.Join(' ', syllables);
    }

    /// <summary>
    /// The name as English and Vietnamese texts write it: surname, then the given name as one
    /// word, each capitalised (徐明 → Xu Ming, 霍瑞娟 → Huo Ruijuan); null when it is not a Chinese
    /// personal name or has no reading.
    /// </summary>
    public string? Label(string chineseName) =>
        Of(chineseName).FirstOrDefault() is { } pinyin
            ? string.Join(' ', pinyin.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : null;
}
