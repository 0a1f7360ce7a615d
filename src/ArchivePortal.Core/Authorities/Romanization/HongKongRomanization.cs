namespace ArchivePortal.Core.Authorities.Romanization;

/// <summary>
/// A Cantonese syllable as Hong Kong writes names (the Government's romanization): Jyutping lei →
/// Lee, Lei; zi → Tsz, Chi; zeon → Chun; can → Chan; zoeng → Cheung. The spelling is a convention
/// rather than a rule, so a syllable gets its usual spelling first and the common others after it.
/// </summary>
public static class HongKongRomanization
{
    static readonly string[] Initials = ["gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"];

    static readonly Dictionary<string, string> PlainInitials = new(StringComparer.Ordinal)
    {
        ["gw"] = "kw", ["kw"] = "kw", ["ng"] = "ng", ["b"] = "p", ["p"] = "p", ["m"] = "m", ["f"] = "f", ["d"] = "t",
        ["t"] = "t", ["n"] = "n", ["l"] = "l", ["g"] = "k", ["k"] = "k", ["h"] = "h", ["w"] = "w", ["j"] = "y", [""] = "",
    };

    static readonly Dictionary<string, string[]> Finals = new(StringComparer.Ordinal)
    {
        ["aa"] = ["a"], ["aai"] = ["ai"], ["aau"] = ["au"], ["aam"] = ["am"], ["aan"] = ["an"], ["aang"] = ["ang"],
        ["aap"] = ["ap"], ["aat"] = ["at"], ["aak"] = ["ak"],
        ["a"] = ["a"], ["ai"] = ["ai"], ["au"] = ["au"], ["am"] = ["am", "um"], ["an"] = ["an", "un"], ["ang"] = ["ang"],
        ["ap"] = ["ap"], ["at"] = ["at"], ["ak"] = ["ak"],
        ["e"] = ["e"], ["ei"] = ["ei", "ee"], ["eng"] = ["eng"], ["ek"] = ["ek"], ["eu"] = ["eu"], ["em"] = ["em"],
        ["eoi"] = ["ui", "eui"], ["eon"] = ["un", "eun"], ["eot"] = ["ut"],
        ["oe"] = ["oe"], ["oeng"] = ["eung"], ["oek"] = ["euk"],
        ["i"] = ["i", "ee"], ["ip"] = ["ip"], ["it"] = ["it"], ["ik"] = ["ik"], ["im"] = ["im"], ["in"] = ["in"],
        ["ing"] = ["ing"], ["iu"] = ["iu"],
        ["o"] = ["o"], ["oi"] = ["oi"], ["on"] = ["on"], ["ong"] = ["ong"], ["ot"] = ["ot"], ["ok"] = ["ok"], ["ou"] = ["o", "ou"],
        ["u"] = ["u", "oo"], ["ui"] = ["ui"], ["un"] = ["oon", "un"], ["ung"] = ["ung"], ["ut"] = ["ut"], ["uk"] = ["uk"],
        ["yu"] = ["u", "ue", "yu"], ["yun"] = ["uen", "un"], ["yut"] = ["uet", "ut"],
        ["m"] = ["m"], ["ng"] = ["ng"],
    };

    // z and c are written ts before these finals (曾 Tsang, 謝 Tse, 徐 Tsui, 曹 Tso), else ch (陳 Chan, 張 Cheung).
    static readonly HashSet<string> TsFinals = ["e", "ang", "eoi", "ou", "o", "ek"];
    // s is written sh before these (岑 Shum, 石 Shek, 成 Shing, 信 Shun, 常 Sheung), else s (蕭 Siu, 孫 Suen).
    static readonly HashSet<string> ShFinals = ["am", "ek", "eng", "ing", "eon", "eoi", "oeng", "yu", "ik"];

    /// <summary>The spellings of a toneless Jyutping syllable, the usual one first; empty when it is not one.</summary>
    public static IReadOnlyList<string> Spellings(string jyutping)
    {
        // The initial leaves a final (ng alone is a syllable, 吳 Ng; ngaan is ng + aan).
        var initial = Initials.FirstOrDefault(i => jyutping.StartsWith(i, StringComparison.Ordinal) && Finals.ContainsKey(jyutping[i.Length..])) ?? "";
        var final = jyutping[initial.Length..];
        if (!Finals.TryGetValue(final, out var finals)) return [];
        // The syllabic i after a sibilant: 子 Tsz (or Chi), 思 Sze.
        if (final == "i" && initial is "z" or "c") return ["tsz", "chi"];
        if (final == "i" && initial == "s") return ["sze", "si"];
        string[] starts = initial switch
        {
            "z" or "c" => TsFinals.Contains(final) ? ["ts", "ch"] : ["ch", "ts"],
            "s" => ShFinals.Contains(final) ? ["sh", "s"] : ["s", "sh"],
            _ => [PlainInitials[initial]],
        };
        // lei is Lee far more often than Lei (李, 利); mei, hei, kei keep ei.
        if (final == "ei" && initial == "l") finals = ["ee", "ei"];
        // j before yu is the y of the spelling itself: 余 jyu → Yu, 阮 jyun → Yuen.
        if (initial == "j" && final.StartsWith('y')) finals = [.. finals.Select(f => f.StartsWith('y') ? f[1..] : f)];
        // The usual final with the usual initial first, then with the other initial, then the other finals.
        var spellings = new List<string>();
        foreach (var f in finals)
            foreach (var s in starts)
            {
                var spelling = s + f;
                if (!spellings.Contains(spelling)) spellings.Add(spelling);
            }
        return spellings;
    }
}
