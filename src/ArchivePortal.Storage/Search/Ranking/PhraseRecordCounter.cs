using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// Counts the records of one phrase per bm25 term (stream), by the columns that hold it: FTS5 runs
/// the phrase on its own (xQueryPhrase) and calls <see cref="CountRow"/> for every record.
/// </summary>
internal sealed unsafe class PhraseRecordCounter
{
    readonly MatchPlan.Phrase phrase;
    readonly long[] counts;
    readonly bool[] seen;
    Exception? error;

    PhraseRecordCounter(MatchPlan.Phrase phrase, long[] counts)
    {
        this.phrase = phrase;
        this.counts = counts;
        seen = new bool[counts.Length];
    }

    /// <summary>Adds to <paramref name="counts"/> (one entry per term of the plan) the records of phrase <paramref name="p"/>.</summary>
    public static void Count(Fts5Native.ExtensionApi* api, nint fts, int p, MatchPlan.Phrase phrase, long[] counts)
    {
        var counter = new PhraseRecordCounter(phrase, counts);
        var handle = GCHandle.Alloc(counter);
        try
        {
            int rc = api->QueryPhrase(fts, p, GCHandle.ToIntPtr(handle), &CountRow);
            if (counter.error is not null) throw new InvalidOperationException($"Counting the records of phrase {p} failed.", counter.error);
            Fts5Native.Check(rc, $"count the records of phrase {p}");
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>FTS5's callback for each record. An exception must not cross into SQLite: it is kept and thrown by <see cref="Count"/>.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int CountRow(Fts5Native.ExtensionApi* api, nint fts, nint state)
    {
        var counter = (PhraseRecordCounter)GCHandle.FromIntPtr(state).Target!;
        try
        {
            counter.Add(api, fts);
            return Fts5Native.Ok;
        }
        catch (Exception e)
        {
            counter.error = e;
            return Fts5Native.Error;
        }
    }

    void Add(Fts5Native.ExtensionApi* api, nint fts)
    {
        var own = phrase.OwnTerms;
        if (own.Length == 1)
        {
            counts[own[0]]++; // one stream: every row the phrase matches has it there
            return;
        }
        Array.Clear(seen);
        Fts5Native.PhraseIterator it;
        int column;
        if (api->PhraseFirstColumn(fts, 0, &it, &column) != Fts5Native.Ok) return;
        for (; column >= 0; api->PhraseNextColumn(fts, &it, &column))
        {
            if (column >= phrase.TermOfColumn.Length) break; // xPhraseNextColumn does not clamp a column read from a corrupt list
            int term = phrase.TermOfColumn[column];
            if (term < 0 || seen[term]) continue;
            seen[term] = true;
            counts[term]++;
        }
    }
}
