namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>Each record's length in tokens over all its indexed columns, which bm25 normalises by.</summary>
internal sealed class RowLengths(Dictionary<long, int> lengths)
{
    public bool TryGet(long rowId, out int length) => lengths.TryGetValue(rowId, out length);

    /// <summary>The sum of a blob of SQLite varints (big-endian, 7 bits a byte, the ninth byte whole): FTS5's column sizes.</summary>
    public static int SumOfVarints(byte[] blob)
    {
        long sum = 0;
        int i = 0;
        while (i < blob.Length)
        {
            long value = 0;
            for (int n = 0; i < blob.Length; n++)
            {
                byte b = blob[i++];
                if (n == 8) { value = (value << 8) | b; break; }
                value = (value << 7) | (uint)(b & 0x7F);
                if ((b & 0x80) == 0) break;
            }
            sum += value;
        }
        return (int)Math.Min(sum, int.MaxValue);
    }
}
