using ArchivePortal.Core.Text;
using System.Text;
using ArchivePortal.Core.Analysis.OpenCc;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Regional vocabulary from OpenCC's phrase tables (<c>tw2sp.json</c>: Taiwan phrases, then Traditional
/// phrases and characters, to mainland Simplified; 數位化 → 数字化, 資訊 → 信息, 網路 → 网络), minus
/// <see cref="OpenCcExceptions"/>, plus the maintained table (<see cref="RegionalVariantFilter"/>) for
/// what OpenCC lacks. Every unit goes through it, Simplified ones too: many Taiwan words are written
/// with characters both scripts share (伺服器, 滑鼠), and a query typed with them must meet the record;
/// the mainland words that share a Taiwan key (程序, 文件) are exceptions. OpenCC's phrase-aware
/// character folding also beats character by character (計畫 → 计划, not 计画). Each unit is converted
/// once and remembered; the units a text has not seen yet go to OpenCC in one call.
/// </summary>
public sealed class OpenCcRegionalVocabulary : IRegionalVocabulary, IDisposable
{
    /// <summary>The OpenCC configuration: Taiwan Traditional to Simplified with phrases. Hong Kong
    /// characters are folded by its Traditional tables too; Hong Kong words come from the maintained table.</summary>
    public const string Configuration = "tw2sp.json";

    // Distinct words of a large archive fit; past this the memory is given back and filled again.
    const int CacheLimit = 200_000;
    const int LongestRemembered = 16;

    readonly OpenCcConverter converter;
    readonly BoundedMemo<string> cached = new(CacheLimit);

    OpenCcRegionalVocabulary(OpenCcConverter converter)
    {
        this.converter = converter;
    }

    /// <summary>The vocabulary, or null with <paramref name="problem"/> saying why OpenCC cannot serve it.</summary>
    public static OpenCcRegionalVocabulary? TryCreate(out string? problem) =>
        OpenCcConverter.TryOpen(Configuration, out problem) is { } converter ? new OpenCcRegionalVocabulary(converter) : null;

    public string Fingerprint => $"opencc-tw2sp-{DictionaryStamp.Value}-{OpenCcExceptions.Fingerprint}-{RegionalVariantFilter.Fingerprint}";

    /// <summary>
    /// The sizes of the installed OpenCC dictionaries: an upgrade of libopencc-data changes what words
    /// become, so an index built with the old tables is rebuilt rather than searched with the new ones.
    /// </summary>
    static readonly Lazy<string> DictionaryStamp = new(() =>
    {
        const string Folder = "/usr/share/opencc";
        if (!Directory.Exists(Folder)) return "0";
        long sum = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.ocd2").Order(StringComparer.Ordinal))
            sum = sum * 31 + new FileInfo(file).Length;
        return sum.ToString("x");
    });

    public void ToMainland(ReadOnlySpan<char> original, ReadOnlySpan<char> folded, IReadOnlyList<(int Start, int End)> units, string?[] mainland)
    {
        List<int>? unseen = null;
        for (int i = 0; i < units.Count; i++)
        {
            var (start, end) = units[i];
            var written = original[start..end];
            var simplified = folded[start..end];
            if (cached.TryGetValue(written, out var known)) mainland[i] = simplified.SequenceEqual(known) ? null : known;
            else (unseen ??= []).Add(i);
        }
        if (unseen is not null) Convert(original, folded, units, unseen, mainland);
    }

    void Convert(ReadOnlySpan<char> original, ReadOnlySpan<char> folded, IReadOnlyList<(int Start, int End)> units, List<int> unseen, string?[] mainland)
    {
        // Each unit splits into parts: exceptions keep their folded characters, the rest goes to OpenCC.
        var parts = new List<(int Unit, int Start, int End, bool Keep)>();
        var pieces = new List<string>();
        foreach (var i in unseen)
        {
            var (start, end) = units[i];
            int piece = start;
            for (int at = start; at < end;)
            {
                int length = OpenCcExceptions.MatchAt(original[..end], at);
                if (length == 0) { at++; continue; }
                if (at > piece) { parts.Add((i, piece, at, false)); pieces.Add(original[piece..at].ToString()); }
                parts.Add((i, at, at + length, true));
                at += length;
                piece = at;
            }
            if (end > piece) { parts.Add((i, piece, end, false)); pieces.Add(original[piece..end].ToString()); }
        }
        // Should OpenCC fail, the units keep their folded characters (and are not remembered).
        var converted = converter.TryConvert(pieces);
        var word = new StringBuilder();
        int next = 0;
        for (int p = 0; p < parts.Count;)
        {
            int unit = parts[p].Unit;
            word.Clear();
            for (; p < parts.Count && parts[p].Unit == unit; p++)
                word.Append(parts[p].Keep || converted is null ? folded[parts[p].Start..parts[p].End] : converted[next++]);
            var result = RegionalVariantFilter.Instance.Apply(word.ToString());
            var (start, end) = units[unit];
            if (converted is not null) Remember(original[start..end].ToString(), result);
            mainland[unit] = folded[start..end].SequenceEqual(result) ? null : result;
        }
    }

    /// <summary>
    /// The maintained table's answer. OpenCC's own phrases (記憶體 → 内存) are not told: its tables
    /// cannot be listed, and asking its mainland-to-Taiwan configurations about every query word
    /// loaded their dictionaries beside ours: the bench peaked at 399 MB instead of 381.
    /// </summary>
    public bool MayFoldInto(string word) => RegionalVariantFilter.MayFoldInto(word);

    void Remember(string written, string result)
    {
        // Words repeat; a long run of characters no segmenter could split (hostile input) does not.
        if (written.Length > LongestRemembered) return;
        cached.Remember(written, result);
    }

    public void Dispose() => converter.Dispose();
}
