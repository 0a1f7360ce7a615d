using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Spelling;

/// <summary>A word the index holds, offered for one it does not: how far from the typed word, in how many records, and whether it reads as a word with its neighbour.</summary>
public sealed record Correction(string Word, int Edits, int DocFreq, bool FitsNeighbour)
{
    /// <summary>Fewest edits first, a word its neighbour makes a known Vietnamese word with counting one edit less; then the commoner.</summary>
    public int Rank => Edits - (FitsNeighbour ? 1 : 0);
}

/// <summary>
/// Whether the index knows a word, and the words it holds near an unknown one, in each language's
/// own analysis: English is compared stem to stem and shown as a word (libary → library);
/// Vietnamese syllables without diacritics, preferring a syllable that makes a word the index holds
/// with its neighbour (thu vein → thu vien, not thu ven), given back their diacritics when the
/// visitor typed some (hội ngị → hội nghị). Chinese is not corrected: a typo of a
/// Chinese word is another character, which edit distance cannot judge.
/// </summary>
public sealed class WordCorrector(ArchiveAnalyzer analyzer, IndexVocabulary vocabulary)
{
    /// <summary>Words shorter than this are too ambiguous to correct (two letters are one edit from dozens of words).</summary>
    public const int MinLength = 3;

    /// <summary>Longer words are not corrected: nobody mistypes a word this long in a way edit distance would fix, and it bounds the work.</summary>
    public const int MaxLength = 30;

    /// <summary>True when a stream holds every token of the word, or when the word is nothing spelling help could correct.</summary>
    public bool IsKnown(string word)
    {
        if (!Correctable(word)) return true;
        foreach (var stream in vocabulary.Streams)
        {
            var tokens = analyzer.AnalyzeQueryText(stream, word);
            // A stream that drops the word calls it a stop word: a word, if not one worth indexing.
            if (tokens.Count == 0) return true;
            if (tokens.All(t => vocabulary.Has(stream, t.Text))) return true;
        }
        return false;
    }

    /// <summary>Words of letters only (Vietnamese tone marks included), of a length worth correcting, without Chinese.</summary>
    public static bool Correctable(string word) =>
        word.Length is >= MinLength and <= MaxLength && word.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
        && !word.Any(TextFolding.IsHan);

    /// <summary>Words the index holds near <paramref name="word"/>, best first, lowercased.</summary>
    /// <param name="word">The word as typed.</param>
    /// <param name="before">The word typed just before it (only spaces between), or null.</param>
    /// <param name="after">The word typed just after it, or null.</param>
    public List<Correction> Corrections(string word, string? before, string? after)
    {
        var typed = TextFolding.RemoveDiacritics(word.ToLowerInvariant());
        int maxEdits = typed.Length <= 4 ? 1 : 2;
        var found = new Dictionary<string, Correction>(StringComparer.Ordinal);
        foreach (var c in English(typed, maxEdits).Concat(Vietnamese(word, typed, maxEdits, before, after)))
            if (!found.TryGetValue(c.Word, out var seen) || c.Rank < seen.Rank || (c.Rank == seen.Rank && c.DocFreq > seen.DocFreq))
                found[c.Word] = c;
        return found.Values
            .OrderBy(c => c.Rank).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Word, StringComparer.Ordinal)
            .ToList();
    }

    IEnumerable<Correction> English(string typed, int maxEdits)
    {
        if (!vocabulary.Streams.Contains(TextStream.English)) yield break;
        if (analyzer.AnalyzeQueryText(TextStream.English, typed) is not [var stem]) yield break;
        var surface = new EnglishSurfaceWords(typed);
        var stems = vocabulary.Near(TextStream.English, stem.Text, maxEdits);
        foreach (var s in surface.NeighbourStems)
            if (!stems.ContainsKey(s) && vocabulary.DocFreq(TextStream.English, s) is > 0 and var docFreq) stems[s] = docFreq;
        foreach (var (term, docFreq) in stems)
            if (surface.For(term) is { } shown)
                yield return new Correction(shown, EditDistance.Between(typed, shown), docFreq, FitsNeighbour: false);
    }

    IEnumerable<Correction> Vietnamese(string word, string typed, int maxEdits, string? before, string? after)
    {
        const TextStream stream = TextStream.VietnameseFolded;
        if (!vocabulary.Streams.Contains(stream)) yield break;
        if (analyzer.AnalyzeQueryText(stream, word) is not [var syllable]) yield break;
        var previous = Syllable(before);
        var next = Syllable(after);
        var diacritics = new VietnameseDiacritics(analyzer, vocabulary, word, before, after);
        foreach (var (term, docFreq) in vocabulary.Near(stream, syllable.Text, maxEdits))
        {
            bool fits = (previous is not null && vocabulary.Has(stream, previous + " " + term))
                || (next is not null && vocabulary.Has(stream, term + " " + next));
            yield return new Correction(diacritics.On(term), EditDistance.Between(typed, term), docFreq, fits);
        }
    }

    string? Syllable(string? word) =>
        word is null ? null : analyzer.AnalyzeQueryText(TextStream.VietnameseFolded, word) is [var t] ? t.Text : null;
}
