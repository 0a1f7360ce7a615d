namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// Reads the rest of a phrase's instances in the current row straight from the position list an
/// Fts5PhraseIter points into (its two pointers: the next byte and the end), instead of one call
/// to xPhraseNext per instance: a common Chinese character has dozens per record, and those calls
/// were a third of a search's time. The list is FTS5's format (fts5_index.c, detail=full): one
/// varint per instance, its offset minus the previous one plus 2; the value 1 marks a change of
/// column and is followed by the column's number, after which offsets count from 0 again.
/// <see cref="ScoringPass"/> checks this reading against xPhraseNext on a real row before
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
            ulong value = Varint.Read(ref next, end);
            if (value == 1)
            {
                // As xPhraseNext does: a column out of range (a corrupt list) becomes the last.
                column = (int)Math.Min(Varint.Read(ref next, end), (ulong)columns - 1);
                Varint.Read(ref next, end); // the first offset in that column
            }
            instance.Add(column);
        }
    }

    public interface IInstanceSink
    {
        void Add(int column);
    }
}
