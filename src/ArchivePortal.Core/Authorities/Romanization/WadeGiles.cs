namespace ArchivePortal.Core.Authorities.Romanization;

/// <summary>
/// Pinyin syllables in Wade–Giles, the romanization Taiwan's names are mostly written in
/// (zeng → tseng, xian → hsien, qing → ch'ing): the standard spelling of all 410 toneless
/// syllables, from the table scripts/romanization/wade_giles_table.py made.
/// </summary>
public static class WadeGiles
{
    static readonly Lazy<Dictionary<string, string>> Table = new(() => RomanizationTable.Load("wade-giles.tsv"));

    /// <summary>
    /// The Wade–Giles spelling of a toneless pinyin syllable as English texts write names: without
    /// the apostrophe of aspiration and with u for ü (ch'ing → ching, hsü → hsu); null when
    /// <paramref name="pinyin"/> is not a syllable.
    /// </summary>
    public static string? Syllable(string pinyin) =>
        Table.Value.TryGetValue(pinyin.ToLowerInvariant(), out var wadeGiles) ? wadeGiles.Replace("'", "").Replace('ü', 'u') : null;
}
