using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// One page of matches in the order the visitor asked for. A frequent word matches tens of
/// thousands of records and a page shows ten: a heap keeps the best offset + limit while reading
/// the matches once, instead of sorting them all.
/// </summary>
internal static class ResultPage
{
    /// <param name="balanceLanguages">True to take the languages in turn (see <see cref="LanguageTurns"/>) when ordering by relevance.</param>
    public static List<Candidate> Select(List<Candidate> matches, SearchSort sort, bool hasText, int offset, int limit, bool balanceLanguages = false)
    {
        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 0, 1000);
        var order = ResultOrder.For(sort, hasText);
        int wanted = (int)Math.Min((long)offset + limit, matches.Count);
        if (limit == 0 || wanted <= offset) return [];
        var best = balanceLanguages && order == ResultOrder.Relevance ? LanguageTurns.Best(matches, wanted) : Best(matches, order, wanted);
        return best.GetRange(offset, wanted - offset);
    }

    /// <summary>The first <paramref name="wanted"/> matches in <paramref name="order"/>, sorted.</summary>
    internal static List<Candidate> Best(IEnumerable<Candidate> matches, ResultOrder order, int wanted)
    {
        var best = new BestMatches(order, wanted);
        foreach (var m in matches) best.Offer(m);
        return best.Sorted();
    }
}

/// <summary>The best <paramref name="wanted"/> of the matches offered, in <paramref name="order"/>, kept while reading them once.</summary>
internal sealed class BestMatches(ResultOrder order, int wanted)
{
    // The worst kept match on top, to be replaced by any better one.
    readonly PriorityQueue<Candidate, Candidate> kept = new(wanted + 1, Comparer<Candidate>.Create((a, b) => order.Compare(b, a)));

    // A copy of the top once the queue is full: most matches of a frequent word are worse than
    // the page's worst, and are turned away by one comparison with it.
    Candidate worst;

    public void Offer(in Candidate m)
    {
        if (kept.Count < wanted)
        {
            kept.Enqueue(m, m);
            if (kept.Count == wanted) worst = kept.Peek();
        }
        else if (wanted > 0 && order.Compare(m, worst) < 0)
        {
            kept.DequeueEnqueue(m, m);
            worst = kept.Peek();
        }
    }

    public List<Candidate> Sorted()
    {
        var best = kept.UnorderedItems.Select(x => x.Element).ToList();
        best.Sort(order);
        return best;
    }
}

/// <summary>
/// How results are ordered. Every order ends on the row id, so that equal records keep one order
/// from page to page (by row id).
/// </summary>
internal sealed class ResultOrder(Comparison<Candidate> compare) : IComparer<Candidate>
{
    public int Compare(Candidate a, Candidate b) => compare(a, b);

    public static ResultOrder For(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.Newest => Newest,
        SearchSort.Oldest => Oldest,
        SearchSort.Recent => Browse,
        _ when !hasText => Browse,
        _ => Relevance,
    };

    // Dates are yyyy-MM-dd: their ordinal order is their order in time.
    static int Later(Candidate a, Candidate b) => string.CompareOrdinal(b.Date ?? "", a.Date ?? "");

    /// <summary>Undated records go last when the oldest come first.</summary>
    static int Earlier(Candidate a, Candidate b) => string.CompareOrdinal(a.Date ?? "9999", b.Date ?? "9999");

    static int Better(float a, float b) => b.CompareTo(a);

    // Plain comparisons, no closures: a frequent word's matches are compared with the page's
    // worst tens of thousands of times, and with equal scores (records found by their publisher
    // score alike) every comparison goes on to the dates.
    static readonly ResultOrder Newest = new((a, b) =>
        Later(a, b) is var date and not 0 ? date : Better(a.Score, b.Score) is var score and not 0 ? score : a.RowId.CompareTo(b.RowId));

    static readonly ResultOrder Oldest = new((a, b) =>
        Earlier(a, b) is var date and not 0 ? date : Better(a.Score, b.Score) is var score and not 0 ? score : a.RowId.CompareTo(b.RowId));

    /// <summary>Everything, no words: the newest first, then the last written.</summary>
    static readonly ResultOrder Browse = new((a, b) =>
        Later(a, b) is var date and not 0 ? date : b.RowId.CompareTo(a.RowId));

    /// <summary>Records with more of the query's words first, exact mentions above aliases, words together above words apart, then by score and date.</summary>
    public static readonly ResultOrder Relevance = new((a, b) =>
    {
        if (a.Coverage != b.Coverage) return b.Coverage.CompareTo(a.Coverage);
        if (a.ExactCoverage != b.ExactCoverage) return b.ExactCoverage.CompareTo(a.ExactCoverage);
        if (a.Together != b.Together) return b.Together.CompareTo(a.Together);
        if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
        return Later(a, b) is var date and not 0 ? date : a.RowId.CompareTo(b.RowId);
    });
}
