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
/// knows. One instance serves one page: each segment's term lookups are made once for all its
/// hits (a lookup allocates more than it reads).
/// </summary>
internal sealed class BodyTerms(IndexSearcher searcher)
{
    static readonly Dictionary<TextStream, string> BodyField =
        IndexFields.Text.Where(f => f.Part == RecordField.Body).ToDictionary(f => f.Stream, f => f.Name);

    readonly Dictionary<(int Leaf, string Field), TermsEnum?> enums = [];
    DocsEnum? docs;

    /// <summary>
    /// The terms of <paramref name="terms"/> in the indexed body of record <paramref name="rowId"/>;
    /// all of them when the index does not hold the record (not yet indexed: the snippet then scans
    /// as it would without the index).
    /// </summary>
    public QueryTerms Of(QueryTerms terms, long rowId)
    {
        if (Find(rowId) is not var (leaf, doc)) return terms;
        return terms.Where((stream, term) =>
            BodyField.TryGetValue(stream, out var field) && Has(leaf, field, new BytesRef(term), doc));
    }

    /// <summary>The segment and document of the record's live document.</summary>
    (int Leaf, int Doc)? Find(long rowId)
    {
        var key = RecordDocuments.KeyOf(rowId);
        var leaves = searcher.IndexReader.Leaves;
        for (int i = 0; i < leaves.Count; i++)
        {
            if (Enum(i, key.Field) is not { } keys || !keys.SeekExact(key.Bytes)) continue;
            docs = keys.Docs(leaves[i].AtomicReader.LiveDocs, docs, DocsFlags.NONE);
            int doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) return (i, doc);
        }
        return null;
    }

    bool Has(int leaf, string field, BytesRef term, int doc)
    {
        if (Enum(leaf, field) is not { } e || !e.SeekExact(term)) return false;
        docs = e.Docs(null, docs, DocsFlags.NONE);
        return docs.Advance(doc) == doc;
    }

    TermsEnum? Enum(int leaf, string field)
    {
        if (!enums.TryGetValue((leaf, field), out var e))
            enums[(leaf, field)] = e = searcher.IndexReader.Leaves[leaf].AtomicReader.GetTerms(field)?.GetEnumerator();
        return e;
    }
}
