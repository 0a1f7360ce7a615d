namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>Each record's length in tokens over all its indexed columns, which bm25 normalises by.</summary>
internal sealed class RowLengths(Dictionary<long, int> lengths)
{
    public bool TryGet(long rowId, out int length) => lengths.TryGetValue(rowId, out length);

    /// <summary>The lengths, to change in a new snapshot without touching this one.</summary>
    public Dictionary<long, int> Copy() => new(lengths);

    /// <summary>The sum of a blob of varints: FTS5's column sizes of one row (record_fts_docsize).</summary>
    public static unsafe int SumOfVarints(byte[] blob)
    {
        ulong sum = 0;
        fixed (byte* start = blob)
        {
            byte* p = start, end = start + blob.Length;
            while (p < end) sum += Varint.Read(ref p, end);
        }
        return (int)Math.Min(sum, int.MaxValue);
    }
}
