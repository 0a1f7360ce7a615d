using System.Buffers;
using System.Numerics;
using ArchivePortal.Core.Querying.Plan;
using Lucene.Net.Search;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Per document, which units of a plain-word query it matches, which exact (unexpanded) forms of
/// its expanded units, and which of its Vietnamese words (syllables together): one bit each, read
/// by one pass over each query's matches. A mask that would say the same for every match is not
/// read: when every match has every unit, and when no unit has other names.
/// </summary>
internal sealed class CoverageMasks(int unitCount, ulong unexpandedBits, ulong[]? units, ulong[]? exactOfExpanded, ulong[]? together) : IDisposable
{
    /// <param name="units">The plan's units, built.</param>
    /// <param name="together">The plan's Vietnamese words, built.</param>
    /// <param name="loosened">True when the matches need not have the plan's minimum of units.</param>
    public static CoverageMasks Read(IndexSearcher searcher, QueryPlan plan, IReadOnlyList<Query> units, IReadOnlyList<Query> together, bool loosened,
        SearchDeadline deadline)
    {
        // The required query already made every match have all units, unless the search loosened.
        bool everyMatchHasAll = !loosened && plan.MinimumMatch >= plan.Units.Count;
        var expandedAt = Enumerable.Range(0, plan.Units.Count).Where(i => !ReferenceEquals(plan.Units[i], plan.ExactUnits[i])).ToList();
        ulong unexpanded = 0;
        for (int i = 0; i < plan.Units.Count; i++) if (!expandedAt.Contains(i)) unexpanded |= 1UL << i;
        return new CoverageMasks(plan.Units.Count, unexpanded,
            everyMatchHasAll ? null : Fill(searcher, units, deadline),
            Fill(searcher, expandedAt.Select(i => LuceneQueries.Build(plan.ExactUnits[i])).ToList(), deadline),
            Fill(searcher, together, deadline));
    }

    public (int Units, int Exact, int Together) Of(int doc)
    {
        var matched = units?[doc] ?? (unitCount == 64 ? ulong.MaxValue : (1UL << unitCount) - 1);
        var exact = BitOperations.PopCount(matched & unexpandedBits) + (exactOfExpanded is null ? 0 : BitOperations.PopCount(exactOfExpanded[doc]));
        return (BitOperations.PopCount(matched), exact, together is null ? 0 : BitOperations.PopCount(together[doc]));
    }

    public void Dispose()
    {
        foreach (var a in new[] { units, exactOfExpanded, together })
            if (a is not null) ArrayPool<ulong>.Shared.Return(a);
    }

    /// <summary>Bit i of a document's mask is set when <paramref name="queries"/>[i] matches it (at most 64 queries); null for none.</summary>
    static ulong[]? Fill(IndexSearcher searcher, IReadOnlyList<Query> queries, SearchDeadline deadline)
    {
        if (queries.Count == 0) return null;
        int size = searcher.IndexReader.MaxDoc;
        var masks = ArrayPool<ulong>.Shared.Rent(Math.Max(1, size));
        Array.Clear(masks, 0, size);
        for (int i = 0; i < queries.Count && i < 64; i++)
        {
            var weight = searcher.CreateNormalizedWeight(queries[i]);
            ulong bit = 1UL << i;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                int d;
                while ((d = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    masks[leaf.DocBase + d] |= bit;
                    deadline.Tick();
                }
            }
        }
        return masks;
    }
}
