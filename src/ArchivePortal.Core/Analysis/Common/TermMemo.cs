namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Remembers what a pure function of a token's characters gave (a syllable's normalized form, a
/// word without diacritics), looked up by the characters themselves: a language has some thousands
/// of syllables, and normalizing each of them anew, through two Unicode normalizations and the
/// strings between them, cost a fifth of a Vietnamese record's analysis. Bounded: past
/// <see cref="Capacity"/> entries, new words are computed and not kept. One instance per token
/// filter, and Lucene gives each thread its own filters, so no lock is needed.
/// </summary>
public sealed class TermMemo
{
    /// <summary>How many words are kept; a few thousand syllables and names fit many times over.</summary>
    public const int Capacity = 50_000;

    /// <summary>Words longer than this are computed every time: they are rare, and would only fill the memo.</summary>
    public const int LongestKept = 32;

    readonly Dictionary<string, string> results = new(StringComparer.Ordinal);
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermMemo() => lookup = results.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What <paramref name="compute"/> gives for <paramref name="term"/>, computed once for each word kept.</summary>
    public string Get(ReadOnlySpan<char> term, Func<string, string> compute)
    {
        if (lookup.TryGetValue(term, out var known)) return known;
        var word = term.ToString();
        var result = compute(word);
        if (word.Length <= LongestKept && results.Count < Capacity) results[word] = result;
        return result;
    }
}
