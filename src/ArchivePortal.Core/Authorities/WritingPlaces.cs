namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Tells where a text was written, for names that mean one institution in one place and another
/// elsewhere: a page's web domain (an institution's own, or the country's: .tw, .hk, .cn, .vn), else
/// for Traditional text the places it names (臺北 is Taiwan, 香港 Hong Kong), else its script:
/// Simplified is written on the mainland, Traditional most often in Taiwan.
/// </summary>
public static class WritingPlaces
{
    static readonly (string Suffix, string Region)[] CountryDomains =
        [(".tw", "TW"), (".taipei", "TW"), (".hk", "HK"), (".mo", "MO"), (".cn", "CN"), (".vn", "VN")];

    // Places and bodies a Traditional text names when it is written there (Taiwan writes 臺 and 台 alike).
    static readonly (string Region, string[] Names)[] Places =
    [
        ("TW", ["臺灣", "台灣", "臺北", "台北", "新北", "桃園", "臺中", "台中", "臺南", "台南", "高雄", "新竹", "嘉義", "基隆", "宜蘭", "花蓮",
                "臺東", "台東", "屏東", "彰化", "雲林", "苗栗", "南投", "澎湖", "金門", "行政院", "立法院", "中華民國"]),
        ("HK", ["香港", "九龍", "新界", "康樂及文化事務署", "康文署", "特區政府", "立法會"]),
        ("MO", ["澳門"]),
    ];

    /// <summary>The region of a web page's address: an institution's own domain, else the country's; null when neither tells.</summary>
    public static string? OfAddress(string? url, IEnumerable<Authority> institutions)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var a in institutions)
            if (a.Region is not null && a.Domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal))) return a.Region;
        foreach (var (suffix, region) in CountryDomains)
            if (host.EndsWith(suffix, StringComparison.Ordinal)) return region;
        return null;
    }

    /// <summary>
    /// The region of a text in <paramref name="script"/>: for Traditional text, the region whose
    /// places it names most, else Taiwan; Simplified text is the mainland's (a mainland report names
    /// Taiwan's places too); null for text without Han characters.
    /// </summary>
    public static string? OfText(string text, string? script)
    {
        if (script == WritingContext.Simplified) return "CN";
        if (script != WritingContext.Traditional) return null;
        string? best = null;
        int most = 0;
        foreach (var (region, names) in Places)
        {
            int count = names.Sum(n => Occurrences(text, n));
            if (count > most) (best, most) = (region, count);
        }
        return best ?? "TW";
    }

    static int Occurrences(string text, string name)
    {
        int count = 0;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
