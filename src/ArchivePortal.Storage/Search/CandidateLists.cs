using System.Collections.Concurrent;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Lists of candidates kept from one search for the next. A frequent word's tens of thousands of
/// matches fill a list of megabytes; grown anew for every search, its arrays went to the large
/// object heap, and filling that heap brings on full collections of everything the portal keeps
/// in memory (the facts of every record).
/// </summary>
internal static class CandidateLists
{
    /// <summary>About as many as searches run at once on this kind of machine.</summary>
    const int MaxKept = 4;

    /// <summary>Lists larger than this (8 MB, a search matching most of a very large archive) are left to the collector.</summary>
    const int MaxKeptCapacity = 1 << 18;

    static readonly ConcurrentBag<List<Candidate>> kept = [];

    public static List<Candidate> Rent() => kept.TryTake(out var list) ? list : [];

    /// <summary>Takes back a list its search no longer reads.</summary>
    public static void Return(List<Candidate> list)
    {
        if (list.Capacity == 0 || list.Capacity > MaxKeptCapacity || kept.Count >= MaxKept) return;
        list.Clear(); // the candidates hold records' facts: a kept list must not keep them alive
        kept.Add(list);
    }
}
