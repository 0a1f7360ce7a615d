using ArchivePortal.Core.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Spelling;

/// <summary>An index field whose terms spelling help reads, and the analysis stream that made them.</summary>
public sealed record SpellingField(string Name, TextStream Stream);

/// <summary>
/// The index's own terms as spelling help sees them: whether a stream holds a term, and the terms
/// a few edits from one (Lucene's Levenshtein automata, as its DirectSpellChecker uses them), each
/// with the number of records that hold it.
/// </summary>
public sealed class IndexVocabulary(IndexReader reader, IReadOnlyList<SpellingField> fields)
{
    /// <summary>Terms read per field and word at most: a short word two edits from thousands of terms costs no more than this.</summary>
    public const int MaxInspections = 300;

    /// <summary>The streams this vocabulary has fields for.</summary>
    public IEnumerable<TextStream> Streams => fields.Select(f => f.Stream).Distinct();

    /// <summary>How many records hold the term in one field of the stream, at most (a title and a body hold the same records twice).</summary>
    public int DocFreq(TextStream stream, string term)
    {
        int most = 0;
        foreach (var f in fields)
            if (f.Stream == stream) most = Math.Max(most, reader.DocFreq(new Term(f.Name, term)));
        return most;
    }

    public bool Has(TextStream stream, string term) => DocFreq(stream, term) > 0;

    /// <summary>
    /// Terms of the stream within <paramref name="maxEdits"/> (1 or 2) of <paramref name="term"/>,
    /// sharing its first letter (as DirectSpellChecker does: first letters are rarely mistyped, and it
    /// keeps the automaton small), with their record counts.
    /// </summary>
    public Dictionary<string, int> Near(TextStream stream, string term, int maxEdits)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            if (f.Stream != stream || MultiFields.GetTerms(reader, f.Name) is not { } terms) continue;
            var e = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(f.Name, term), maxEdits, 1, transpositions: true);
            int inspected = 0;
            while (inspected++ < MaxInspections && e.MoveNext())
            {
                var text = e.Term.Utf8ToString();
                if (text != term) found[text] = Math.Max(found.GetValueOrDefault(text), e.DocFreq);
            }
        }
        return found;
    }
}
