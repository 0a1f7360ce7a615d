using System.Runtime.CompilerServices;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Each segment's row ids as an array, read once per segment. Every match of a search is turned
/// into its row id; read from the memory-mapped doc values, each one cost a seek, a few byte
/// reads and two handle reference counts (a quarter of a frequent word's search). A segment's
/// documents never change their row ids (a changed record is a new document), so the array is
/// kept for as long as the segment's core is open, and dropped with it (8 bytes a document).
/// </summary>
internal static class SegmentRowIds
{
    static readonly ConditionalWeakTable<object, long[]> bySegmentCore = new();

    /// <summary>The row id of each document of the segment, by document number; null when the segment has none.</summary>
    public static long[]? Of(AtomicReader reader)
    {
        var core = reader.CoreCacheKey;
        if (bySegmentCore.TryGetValue(core, out var known)) return known;
        if (reader.GetNumericDocValues(IndexFields.RowId) is not { } values) return null;
        var ids = new long[reader.MaxDoc];
        for (int doc = 0; doc < ids.Length; doc++) ids[doc] = values.Get(doc);
        return bySegmentCore.GetValue(core, _ => ids);
    }
}
