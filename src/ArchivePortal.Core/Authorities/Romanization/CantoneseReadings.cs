namespace ArchivePortal.Core.Authorities.Romanization;

/// <summary>
/// The Cantonese readings of an ideograph in Jyutping without tones, the most common first
/// (李 → lei, 曾 → cang, zang), from the table scripts/romanization/cantonese_readings.py derived
/// from rime-cantonese (CC BY 4.0). Traditional characters and those both scripts share.
/// </summary>
public static class CantoneseReadings
{
    static readonly Lazy<Dictionary<string, string>> Table = new(() => RomanizationTable.Load("cantonese-readings.tsv"));

    /// <summary>
    /// True when the table knows <paramref name="c"/>: a Traditional character or one both scripts
    /// share (張, 文), not a Simplified one (张, 陈), which the dictionary hardly lists.
    /// </summary>
    public static bool Knows(char c) => Table.Value.ContainsKey(c.ToString());

    /// <summary>The readings of <paramref name="c"/>; empty when the table does not know it.</summary>
    public static IReadOnlyList<string> Of(char c) =>
        Table.Value.TryGetValue(c.ToString(), out var readings) ? readings.Split(' ') : [];
}
