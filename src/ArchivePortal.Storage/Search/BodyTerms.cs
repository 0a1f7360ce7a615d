using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// The query's terms that a record's body has, as the index tells it. A snippet is the first
/// sentence with every word of the query; a word the body lacks (one only in the title, or a
/// syllable pair across two Vietnamese words, "viện nhiệm" in "thư viện nhiệm vụ") made every body
/// on the page analyzed whole: 5 ms for a page of "hội nghị tài liệu", 1.8 ms when the scan
/// knows. Asking the index costs a few term lookups per hit.
/// </summary>
internal static class BodyTerms
{
    static readonly Dictionary<TextStream, string> BodyField =
        IndexFields.Text.Where(f => f.Part == RecordField.Body).ToDictionary(f => f.Stream, f => f.Name);

    /// <summary>
    /// The terms of <paramref name="terms"/> in the indexed body of record <paramref name="rowId"/>;
    /// all of them when the index does not hold the record (not yet indexed: the snippet then scans
    /// as it would without the index).
    /// </summary>
    public static QueryTerms Of(QueryTerms terms, IndexSearcher searcher, long rowId)
    {
        if (Find(searcher, rowId) is not var (reader, doc)) return terms;
        var enums = new Dictionary<TextStream, TermsEnum?>();
        return terms.Where((stream, term) =>
        {
            if (!enums.TryGetValue(stream, out var e))
                enums[stream] = e = BodyField.TryGetValue(stream, out var field) ? reader.GetTerms(field)?.GetEnumerator() : null;
            if (e is null || !e.SeekExact(new BytesRef(term))) return false;
            return e.Docs(null, null, DocsFlags.NONE).Advance(doc) == doc;
        });
    }

    /// <summary>The segment and document of the record's live document.</summary>
    static (AtomicReader Reader, int Doc)? Find(IndexSearcher searcher, long rowId)
    {
        var key = RecordDocuments.KeyOf(rowId);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var keys = reader.GetTerms(key.Field)?.GetEnumerator();
            if (keys is null || !keys.SeekExact(key.Bytes)) continue;
            var docs = keys.Docs(reader.LiveDocs, null, DocsFlags.NONE);
            int doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) return (reader, doc);
        }
        return null;
    }
}
