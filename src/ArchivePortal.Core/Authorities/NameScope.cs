namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Where a text was written, as far as it shows: its Chinese script (zh-Hans, zh-Hant; null for
/// text without Han characters) and its region (CN, TW, HK, MO, VN; null when nothing tells).
/// </summary>
public readonly record struct WritingContext(string? Script, string? Region)
{
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";

    public static readonly IReadOnlySet<string> Scripts = new HashSet<string> { Simplified, Traditional };

    /// <summary>The regions the portal's records come from: the mainland, Taiwan, Hong Kong, Macau, Vietnam.</summary>
    public static readonly IReadOnlySet<string> Regions = new HashSet<string> { "CN", "TW", "HK", "MO", "VN" };
}

/// <summary>
/// Where a name names its authority, for a name that names another authority elsewhere: folded to
/// one script, 國家圖書館 (Taiwan's National Central Library) and 国家图书馆 (the National Library of
/// China) are one string, so the text's script and region must tell them apart. An empty list
/// restricts nothing; a text whose script or region is unknown is outside a restriction on it.
/// </summary>
public sealed record NameScope(IReadOnlyList<string> Scripts, IReadOnlyList<string> Regions)
{
    public bool Admits(WritingContext where) =>
        (Scripts.Count == 0 || (where.Script is { } s && Scripts.Contains(s)))
        && (Regions.Count == 0 || (where.Region is { } r && Regions.Contains(r)));

    /// <summary>The same restriction (the record's own equality compares the lists as references); null is everywhere.</summary>
    public static bool Same(NameScope? a, NameScope? b) =>
        a is null || b is null ? a is null && b is null : a.Scripts.SequenceEqual(b.Scripts) && a.Regions.SequenceEqual(b.Regions);

    /// <summary>As written in an authority file: <c>scripts: [zh-Hant], regions: [TW]</c>.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { ("scripts", Scripts), ("regions", Regions) }.Where(x => x.Item2.Count > 0)
            .Select(x => $"{x.Item1}: [{string.Join(", ", x.Item2)}]"));
}
