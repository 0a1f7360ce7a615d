using System.Collections.Concurrent;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// How many records contain each phrase, remembered for as long as the archive does not change
/// (its write generation). Counting is the costly part of bm25 for a common word: FTS5 walks the
/// word's whole list of records for it, on every query.
/// </summary>
internal sealed class DocumentFrequencies
{
    /// <summary>Beyond this many phrases the table starts over rather than grow without end.</summary>
    const int MaxPhrases = 100_000;

    volatile Table current = new(-1);

    public Table For(long generation)
    {
        var table = current;
        if (table.Generation == generation && table.Count < MaxPhrases) return table;
        var fresh = new Table(generation);
        // A search still reading before the last write counts for itself; the newer table stays.
        if (generation >= table.Generation) current = fresh;
        return fresh;
    }

    public sealed class Table(long generation)
    {
        readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

        public long Generation { get; } = generation;

        public int Count => counts.Count;

        public bool TryGet(string phrase, out long count) => counts.TryGetValue(phrase, out count);

        public void Set(string phrase, long count) => counts[phrase] = count;
    }
}
