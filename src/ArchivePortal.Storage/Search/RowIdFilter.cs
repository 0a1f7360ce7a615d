using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Search;

/// <summary>The documents of the records whose row ids are in a set (read from each document's row id doc value).</summary>
internal sealed class RowIdFilter(IReadOnlySet<long> rowIds) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        if (rowIds.Count == 0) return null;
        var values = context.AtomicReader.GetNumericDocValues(IndexFields.RowId);
        if (values is null) return null;
        int max = context.AtomicReader.MaxDoc;
        var bits = new FixedBitSet(max);
        for (int d = 0; d < max; d++)
            if ((acceptDocs is null || acceptDocs.Get(d)) && rowIds.Contains(values.Get(d))) bits.Set(d);
        return bits;
    }
}
