using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Spelling;
using ArchivePortal.Storage.Index;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Spelling help over the index's current terms: English stems, Vietnamese syllables (folded to
/// find a word, exact to give back its diacritics), and Chinese words (only to know Latin words of
/// Chinese records, such as NLC). Not the Chinese bigrams: they are no words to suggest.
/// </summary>
public sealed class IndexSpelling(ArchiveIndex index, ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
{
    static readonly IReadOnlyList<SpellingField> Fields = IndexFields.Text
        .Where(f => f.Stream is not TextStream.ChineseBigrams)
        .Select(f => new SpellingField(f.Name, f.Stream))
        .ToList();

    readonly SpellingSuggester suggester = new(analyzer, authorities);

    /// <summary>Corrected queries, best first; none when the index knows every word or holds nothing yet.</summary>
    public IReadOnlyList<SpellingSuggestion> Suggest(string query)
    {
        using var lease = index.Acquire();
        return lease.Searcher is { } searcher ? suggester.Suggest(query, new IndexVocabulary(searcher.IndexReader, Fields)) : [];
    }
}
