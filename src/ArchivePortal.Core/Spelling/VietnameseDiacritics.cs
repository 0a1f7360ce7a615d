using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Spelling;

/// <summary>
/// Puts the diacritics back on a Vietnamese correction for a visitor who typed them: the folded
/// syllables find "nghi" for "hội ngị", and the exact ones say the index writes it "nghị" there.
/// A visitor who typed without diacritics is answered without them (thu vein → thu vien).
/// </summary>
internal sealed class VietnameseDiacritics
{
    const TextStream Exact = TextStream.VietnameseExact;

    readonly IndexVocabulary vocabulary;
    readonly string? typed;
    readonly string? previous;
    readonly string? next;
    Dictionary<string, int>? near;

    // before and after: the words typed just before and after (only spaces between), or null.
    public VietnameseDiacritics(ArchiveAnalyzer analyzer, IndexVocabulary vocabulary, string word, string? before, string? after)
    {
        this.vocabulary = vocabulary;
        string? Syllable(string? w) => w is not null && analyzer.AnalyzeQueryText(Exact, w) is [var t] ? t.Text : null;
        var exact = vocabulary.Streams.Contains(Exact) ? Syllable(word) : null;
        // Typed without diacritics: nothing to put back.
        if (exact is null || exact == TextFolding.RemoveDiacritics(exact)) return;
        typed = exact;
        previous = Syllable(before);
        next = Syllable(after);
    }

    /// <summary>The way the index writes <paramref name="folded"/> nearest to what was typed; <paramref name="folded"/> itself when typed without diacritics or not found.</summary>
    public string On(string folded)
    {
        if (typed is null) return folded;
        near ??= vocabulary.Near(Exact, typed, 2);
        return near
            .Where(x => TextFolding.RemoveDiacritics(x.Key) == folded)
            .OrderByDescending(x => Fits(x.Key))
            .ThenBy(x => EditDistance.Between(typed, x.Key))
            .ThenByDescending(x => x.Value)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault() ?? folded;
    }

    bool Fits(string syllable) =>
        (previous is not null && vocabulary.Has(Exact, previous + " " + syllable)) || (next is not null && vocabulary.Has(Exact, syllable + " " + next));
}
