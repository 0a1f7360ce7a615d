using System.Numerics;
using ArchivePortal.Core.Querying.Plan;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Search;

/// <summary>The clauses of a plain-word query whose matches rank a record before its score does.</summary>
internal enum ClauseSet
{
    /// <summary>The query's units (words, or a word with its other names): more of them rank first.</summary>
    Unit,

    /// <summary>The exact form of a unit that has other names: a mention as typed ranks above an alias.</summary>
    ExactForm,

    /// <summary>A Vietnamese word (two syllables together): together ranks above apart.</summary>
    Together,
}

/// <summary>
/// Which of a plain-word query's units, exact forms and Vietnamese words each match has, read in
/// the same pass that collects the matches. Each such clause is tagged; its scorer, once made for
/// a segment, is remembered, and at a collected document the clauses whose scorers stand on that
/// document are the ones it matches. That holds because the scorers that combine clauses leave
/// every clause at or past the current document, and on it exactly when it matches: a conjunction
/// moves all of them there, a disjunction and "at least n of" (Lucene's MinShouldMatchSumScorer)
/// move every clause that could match it there to count its score, and the optional clauses of a
/// required-plus-optional query are moved there when the score is asked for, which the collector
/// does first. A second pass of every clause over the whole index, as before, cost a two-word
/// query over a frequent word a third of its time.
/// </summary>
internal sealed class ClauseMatches
{
    readonly List<(Scorer Scorer, ClauseSet Set, ulong Bit)> scorers = [];
    readonly ulong unexpandedUnits;

    /// <param name="plan">The plan the tagged clauses come from: its units without other names count as exact mentions whenever they match.</param>
    public ClauseMatches(QueryPlan plan)
    {
        for (int i = 0; i < plan.Units.Count && i < 64; i++)
            if (!HasOtherNames(plan, i)) unexpandedUnits |= 1UL << i;
    }

    /// <summary>True when the plan's unit <paramref name="unit"/> was expanded with other names (its exact form is then a clause of its own).</summary>
    public static bool HasOtherNames(QueryPlan plan, int unit) => !ReferenceEquals(plan.Units[unit], plan.ExactUnits[unit]);

    /// <summary>At most this many clauses of each set are told apart (the planner keeps queries to 64 units).</summary>
    public const int Capacity = 64;

    /// <summary>
    /// <paramref name="query"/> tagged as clause <paramref name="index"/> of <paramref name="set"/>;
    /// beyond <see cref="Capacity"/> the query as it is. A boost of 0 makes a clause that only
    /// tells which records have it, adding nothing to their score.
    /// </summary>
    public Query Tag(Query query, ClauseSet set, int index, float boost = 1f) =>
        index < Capacity ? new TaggedQuery(query, this, set, 1UL << index) { Boost = boost } : query;

    /// <summary>A new segment is being searched: the scorers of the last one are done.</summary>
    public void NextSegment() => scorers.Clear();

    void Created(Scorer scorer, ClauseSet set, ulong bit) => scorers.Add((scorer, set, bit));

    /// <summary>How many units, exact mentions and Vietnamese words the document being collected has.</summary>
    public (int Units, int Exact, int Together) At(int doc)
    {
        ulong units = 0, exact = 0, together = 0;
        foreach (var (scorer, set, bit) in scorers)
        {
            if (scorer.DocID != doc) continue;
            switch (set)
            {
                case ClauseSet.Unit: units |= bit; break;
                case ClauseSet.ExactForm: exact |= bit; break;
                default: together |= bit; break;
            }
        }
        return (BitOperations.PopCount(units), BitOperations.PopCount(units & unexpandedUnits) + BitOperations.PopCount(exact),
            BitOperations.PopCount(together));
    }

    /// <summary>A query that scores as its inner query and tells <see cref="ClauseMatches"/> of every scorer it makes.</summary>
    sealed class TaggedQuery(Query inner, ClauseMatches matches, ClauseSet set, ulong bit) : Query
    {
        public override Weight CreateWeight(IndexSearcher searcher) => new TaggedWeight(this, inner.CreateWeight(searcher));

        public override Query Rewrite(IndexReader reader)
        {
            var rewritten = inner.Rewrite(reader);
            return ReferenceEquals(rewritten, inner) ? this : new TaggedQuery(rewritten, matches, set, bit) { Boost = Boost };
        }

        public override void ExtractTerms(ISet<Term> terms) => inner.ExtractTerms(terms);

        public override string ToString(string field) => $"{set}#{BitOperations.TrailingZeroCount(bit)}({inner.ToString(field)})" + ToStringUtils.Boost(Boost);

        // Two tags are one clause only when they are the same object: equal inner queries under different tags must both stay.
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

        void Created(Scorer scorer) => matches.Created(scorer, set, bit);

        sealed class TaggedWeight(TaggedQuery query, Weight inner) : Weight
        {
            public override Query Query => query;

            public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

            public override float GetValueForNormalization() => inner.GetValueForNormalization() * query.Boost * query.Boost;

            public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost * query.Boost);

            public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;

            public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
            {
                var scorer = inner.GetScorer(context, acceptDocs);
                if (scorer is not null) query.Created(scorer);
                return scorer;
            }
        }
    }
}
