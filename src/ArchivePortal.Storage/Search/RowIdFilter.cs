using System.Globalization;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Search;

/// <summary>The documents of the records whose row ids are in a set.</summary>
internal sealed class RowIdFilter(IReadOnlySet<long> rowIds) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        if (rowIds.Count == 0) return null;
        var reader = context.AtomicReader;
        var bits = new FixedBitSet(reader.MaxDoc);
        // Few records (an institution's dozen): look each up by its key; many: read every document's row id once.
        if (rowIds.Count * 16L < reader.MaxDoc) ByKey(reader, acceptDocs, bits);
        else ByDocValue(reader, acceptDocs, bits);
        return bits;
    }

    void ByKey(AtomicReader reader, IBits? acceptDocs, FixedBitSet bits)
    {
        if (reader.GetTerms(IndexFields.RowId) is not { } terms) return;
        var keys = terms.GetEnumerator();
        DocsEnum? docs = null;
        foreach (var rowId in rowIds)
        {
            if (!keys.SeekExact(new BytesRef(rowId.ToString(CultureInfo.InvariantCulture)))) continue;
            docs = keys.Docs(acceptDocs, docs, DocsFlags.NONE);
            int d;
            while ((d = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) bits.Set(d);
        }
    }

    void ByDocValue(AtomicReader reader, IBits? acceptDocs, FixedBitSet bits)
    {
        if (SegmentRowIds.Of(reader) is not { } values) return;
        for (int d = 0; d < values.Length; d++)
            if ((acceptDocs is null || acceptDocs.Get(d)) && rowIds.Contains(values[d])) bits.Set(d);
    }
}
