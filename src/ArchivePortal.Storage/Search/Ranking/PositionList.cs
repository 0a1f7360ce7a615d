namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// Reads the rest of a phrase's instances in the current row straight from the position list an
/// Fts5PhraseIter points into (its two pointers: the next byte and the end), instead of one call
/// to xPhraseNext per instance: a common Chinese character has dozens per record, and those calls
/// were a third of a search's time. The list is FTS5's on-disk format (fts5_index.c): varints of
/// offset + 2, where 1 marks a change of column and is followed by the column's number.
/// <see cref="MatchScorer"/> checks this reading against xPhraseNext on a real row before
/// trusting it, and keeps to xPhraseNext if they ever disagree.
/// </summary>
internal static unsafe class PositionList
{
    /// <summary>Calls <paramref name="instance"/> with the column of each instance: the first (already read by xPhraseFirst), then the rest.</summary>
    public static void ForEachInstance<T>(Fts5Native.PhraseIterator it, int column, int columns, ref T instance) where T : struct, IInstanceSink
    {
        byte* next = (byte*)it.A, end = (byte*)it.B;
        instance.Add(column);
        while (next < end)
        {
            uint value = ReadVarint(ref next, end);
            if (value == 1)
            {
                // As xPhraseNext does: a column out of range (a corrupt list) becomes the last.
                column = (int)Math.Min(ReadVarint(ref next, end), (uint)columns - 1);
                ReadVarint(ref next, end); // the first offset in that column
            }
            instance.Add(column);
        }
    }

    /// <summary>An SQLite varint: big-endian groups of 7 bits, high bit set on all but the last; a ninth byte counts whole.</summary>
    static uint ReadVarint(ref byte* p, byte* end)
    {
        uint value = 0;
        for (int i = 0; i < 9 && p < end; i++)
        {
            byte b = *p++;
            if (i == 8) return (value << 8) | b;
            value = (value << 7) | (uint)(b & 0x7F);
            if (b < 0x80) break;
        }
        return value;
    }

    public interface IInstanceSink
    {
        void Add(int column);
    }
}
