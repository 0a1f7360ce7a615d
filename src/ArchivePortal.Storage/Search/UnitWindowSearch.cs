using System.Numerics;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchivePortal.Storage.Search;

/// <summary>The clauses of a plain-word query, by what a match of one tells.</summary>
internal enum ClauseSet
{
    /// <summary>One of the query's units (a word, or a word with its other names): more of them rank first.</summary>
    Unit,

    /// <summary>The exact form of a unit that has other names: a mention as typed ranks above an alias. It adds no score.</summary>
    ExactForm,

    /// <summary>A Vietnamese word (two syllables together): together ranks above apart.</summary>
    Together,

    /// <summary>A phrase of several of the words: it adds to the score only.</summary>
    Bonus,
}

/// <summary>
/// Every match of a plain-word query, with its BM25 score and which units, exact forms and
/// Vietnamese words it has, found a window of 2,048 documents at a time. In each window the
/// cheapest units are read whole, adding each posting's score and unit bit into arrays; a record
/// in none of them cannot have enough units, so the other units, and then the exact forms,
/// Vietnamese words and phrases, only jump to the records found so far. Lucene's scorers for "at
/// least n of" and "required plus optional" keep a heap of every field's postings and move it per
/// document: on 200,000 records they took 45 ms where this takes 32 (p95 of the bench queries),
/// for the same matches and the same scores (a score is the sum of its fields' BM25 scores either
/// way: BM25 has no coordination factor or query norm).
/// </summary>
internal sealed class UnitWindowSearch
{
    /// <summary>How many matches ahead a match's facts are asked for (see <see cref="RowFacts.PrefetchFacts"/>).</summary>
    const int FactsAhead = 8;

    /// <summary>Documents scored at a time, in arrays reused from window to window.</summary>
    public const int Window = 2048;

    /// <summary>At most this many clauses of each set are told apart (the planner keeps queries to 64 units).</summary>
    public const int Capacity = 64;

    readonly IndexSearcher searcher;
    readonly List<Clause> clauses = [];
    readonly ulong unexpandedUnits;
    readonly int minimumMatch;
    readonly int partSize;

    /// <summary>One clause of the query as the Lucene weights of the field queries whose scores it adds up.</summary>
    sealed record Clause(ClauseSet Set, ulong Bit, Weight[] Fields);

    /// <exception cref="BooleanQuery.TooManyClausesException">An alias list beyond Lucene's clause limit.</exception>
    /// <param name="partSize">Documents a thread reads at a time (a multiple of the window); tests make it small.</param>
    public UnitWindowSearch(IndexSearcher searcher, QueryPlan plan, int partSize = DefaultPartSize)
    {
        if (partSize <= 0 || partSize % Window != 0) throw new ArgumentOutOfRangeException(nameof(partSize), partSize, $"a positive multiple of {Window}");
        this.searcher = searcher;
        this.partSize = partSize;
        minimumMatch = plan.MinimumMatch;
        for (int i = 0; i < plan.Units.Count; i++)
        {
            Add(ClauseSet.Unit, i, plan.Units[i]);
            if (HasOtherNames(plan, i)) Add(ClauseSet.ExactForm, i, plan.ExactUnits[i]);
            else if (i < Capacity) unexpandedUnits |= 1UL << i;
        }
        for (int i = 0; i < plan.Together.Count; i++) Add(ClauseSet.Together, i, plan.Together[i]);
        foreach (var b in plan.Bonus) Add(ClauseSet.Bonus, Capacity, b);
    }

    /// <summary>True when the plan's unit <paramref name="unit"/> was expanded with other names (its exact form is then a clause of its own).</summary>
    public static bool HasOtherNames(QueryPlan plan, int unit) => !ReferenceEquals(plan.Units[unit], plan.ExactUnits[unit]);

    void Add(ClauseSet set, int index, PlanNode node)
    {
        var fields = new List<Query>();
        FieldQueries(LuceneQueries.Build(node), fields);
        clauses.Add(new Clause(set, index < Capacity ? 1UL << index : 0, [.. fields.Select(searcher.CreateNormalizedWeight)]));
    }

    /// <summary>
    /// The queries whose scores <paramref name="query"/> adds up: the clauses of an any-of query, as
    /// far down as they go. Their scores are summed here instead of by Lucene's scorer.
    /// </summary>
    static void FieldQueries(Query query, List<Query> into)
    {
        if (query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0, Boost: 1f } any && any.Clauses.All(c => c.Occur == Occur.SHOULD))
            foreach (var c in any.Clauses) FieldQueries(c.Query, into);
        else into.Add(query);
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the records with at least the plan's minimum of its units;
    /// when <paramref name="loose"/>, those with any clause at all (the query loosened because no
    /// record has enough units). The segments are read in parts of <see cref="DefaultPartSize"/> documents,
    /// shared with a second core when one is free (<see cref="SharedWork"/>); the matches are then
    /// not in document order, which no order of results depends on (each ends on the row id).
    /// </summary>
    public void Collect(Filter? filter, bool loose, SearchDeadline deadline,
        RecordFactsSnapshot snapshot, List<Candidate> into)
    {
        int minimum = loose ? 1 : minimumMatch;
        var segments = new List<Segment>();
        var parts = new List<Part>();
        foreach (var context in searcher.IndexReader.Leaves)
        {
            IBits? accepted = context.AtomicReader.LiveDocs;
            if (filter is not null)
            {
                if (Accepted(filter, context, accepted) is not { } filtered) continue;
                accepted = filtered;
            }
            var rowIds = SegmentRowIds.Of(context.AtomicReader);
            if (rowIds is null) continue;
            var clauses = new SegmentClauses(this.clauses, context, accepted, minimum, loose);
            if (clauses.CannotMatch) continue;
            segments.Add(new Segment(context, accepted, rowIds, clauses));
            for (int from = 0, maxDoc = context.AtomicReader.MaxDoc; from < maxDoc; from += partSize)
                parts.Add(new Part(segments.Count - 1, from, Math.Min(maxDoc, from + partSize)));
        }
        var caller = new Hand(this, segments, minimum, loose, deadline, snapshot, into, isCaller: true);
        var helper = SharedWork.Run(parts.Count, caller,
            () => new Hand(this, segments, minimum, loose, deadline, snapshot, CandidateLists.Rent(), isCaller: false),
            (hand, i) => hand.Collect(parts[i]));
        if (helper is null) return;
        into.AddRange(helper.Found);
        CandidateLists.Return(helper.Found);
    }

    /// <summary>
    /// Documents a thread reads at a time: eight windows, about a thirteenth of 200,000 records, so
    /// that the two threads end close together and a thread the system stops holds up little.
    /// </summary>
    public const int DefaultPartSize = 8 * Window;

    /// <summary>A segment the query can match in, with the scorers the calling thread reads it with.</summary>
    sealed record Segment(AtomicReaderContext Context, IBits? Accepted, long[] RowIds, SegmentClauses CallerClauses);

    /// <summary>Documents <see cref="From"/> (a multiple of the window) to <see cref="To"/> of one segment.</summary>
    readonly record struct Part(int Segment, int From, int To);

    /// <summary>
    /// What one thread reads parts with: scorers of its own for each segment (a scorer only moves
    /// forward, and a thread takes parts in document order), its window arrays and its matches.
    /// </summary>
    sealed class Hand(UnitWindowSearch search, List<Segment> segments, int minimum, bool loose, SearchDeadline deadline,
        RecordFactsSnapshot snapshot, List<Candidate> found, bool isCaller)
    {
        readonly SegmentClauses?[] scorers = new SegmentClauses?[segments.Count];
        readonly WindowState window = new();

        public List<Candidate> Found => found;

        public void Collect(Part part)
        {
            var segment = segments[part.Segment];
            // The caller's scorers were made to see whether the query can match in the segment.
            var clauses = scorers[part.Segment] ??= isCaller ? segment.CallerClauses
                : new SegmentClauses(search.clauses, segment.Context, segment.Accepted, minimum, loose);
            clauses.Collect(window, search.unexpandedUnits, deadline, snapshot, segment.RowIds, part.From, part.To, found);
        }
    }

    /// <summary>The documents of a segment the filter lets through (deleted ones excluded); null when none.</summary>
    static IBits? Accepted(Filter filter, AtomicReaderContext context, IBits? live)
    {
        if (filter.GetDocIdSet(context, live)?.GetIterator() is not { } iterator) return null;
        // A query filter has no random access: its documents, once, in a set that has.
        var set = new FixedBitSet(context.AtomicReader.MaxDoc);
        set.Or(iterator);
        return set.Cardinality > 0 ? set : null;
    }

    /// <summary>The arrays one window of documents is scored in, reused from window to window.</summary>
    sealed class WindowState
    {
        // Sums in double, as Lucene's disjunction scorers add, then rounded once to the match's float score.
        public readonly double[] Scores = new double[Window];
        public readonly ulong[] Units = new ulong[Window], Exact = new ulong[Window], Together = new ulong[Window];
        public readonly bool[] Seen = new bool[Window];
        public readonly int[] Present = new int[Window];
    }

    /// <summary>The scorers of every clause in one segment, and which of them are read whole.</summary>
    sealed class SegmentClauses
    {
        readonly List<(Clause Clause, Scorer[] Scorers)> read = [], jumped = [], extras = [];
        readonly int minimumMatch;
        readonly bool loose;

        public bool CannotMatch { get; }

        public SegmentClauses(List<Clause> clauses, AtomicReaderContext context, IBits? accepted, int minimumMatch, bool loose)
        {
            (this.minimumMatch, this.loose) = (minimumMatch, loose);
            var units = new List<(Clause Clause, Scorer[] Scorers, long Cost)>();
            foreach (var clause in clauses)
            {
                var scorers = clause.Fields.Select(w => w.GetScorer(context, accepted)).OfType<Scorer>().ToArray();
                if (scorers.Length == 0) continue; // none of its terms in this segment
                if (loose) read.Add((clause, scorers));
                else if (clause.Set == ClauseSet.Unit) units.Add((clause, scorers, scorers.Sum(s => s.GetCost())));
                else extras.Add((clause, scorers));
            }
            if (loose)
            {
                CannotMatch = read.Count == 0;
                return;
            }
            CannotMatch = units.Count < minimumMatch;
            // A record with enough units has one of any (units - minimum + 1) of them: the cheapest are read whole.
            units.Sort((a, b) => a.Cost.CompareTo(b.Cost));
            int wholly = units.Count - minimumMatch + 1;
            for (int i = 0; i < units.Count; i++) (i < wholly ? read : jumped).Add((units[i].Clause, units[i].Scorers));
        }

        /// <summary>
        /// The matches among documents <paramref name="from"/> (a multiple of the window) to
        /// <paramref name="to"/>, in document order. Calls for one scorer set go forward: each
        /// <paramref name="from"/> at or after the last <paramref name="to"/>.
        /// </summary>
        public void Collect(WindowState w, ulong unexpandedUnits, SearchDeadline deadline, RecordFactsSnapshot snapshot,
            long[] rowIds, int from, int to, List<Candidate> into)
        {
            int next = int.MaxValue; // the first document any whole-read scorer is on
            foreach (var (_, scorers) in read)
                foreach (var s in scorers) next = Math.Min(next, s.DocID < from ? s.Advance(from) : s.DocID);
            // Windows without a document of the whole-read clauses are skipped: no match can be in them.
            for (int start = next / Window * Window; start < to; start = next / Window * Window)
            {
                int end = Math.Min(to, start + Window);
                next = int.MaxValue;
                foreach (var (clause, scorers) in read)
                    foreach (var s in scorers)
                    {
                        int doc = s.DocID;
                        for (; doc < end; doc = s.NextDoc())
                        {
                            Add(w, clause, s, doc - start);
                            w.Seen[doc - start] = true;
                        }
                        next = Math.Min(next, doc);
                    }
                int present = 0;
                for (int i = 0; i < end - start; i++)
                    if (w.Seen[i]) w.Present[present++] = start + i;
                foreach (var (clause, scorers) in jumped) Jump(w, clause, scorers, start, present);
                int matched = 0;
                for (int p = 0; p < present; p++)
                {
                    int slot = w.Present[p] - start;
                    deadline.Tick();
                    if (loose || BitOperations.PopCount(w.Units[slot]) >= minimumMatch) w.Present[matched++] = w.Present[p];
                    else Clear(w, slot);
                }
                foreach (var (clause, scorers) in extras) Jump(w, clause, scorers, start, matched);
                for (int p = 0; p < matched; p++)
                {
                    // The facts of a match a few further on are fetched from memory while this one is added.
                    if (p + FactsAhead < matched) snapshot.PrefetchFacts(rowIds[w.Present[p + FactsAhead]]);
                    int doc = w.Present[p], slot = doc - start;
                    long rowId = rowIds[doc];
                    // Indexed after the facts were read: the next search has it.
                    if (snapshot.FactsOf(rowId) is { } facts)
                        into.Add(new Candidate(rowId, (float)w.Scores[slot], facts, snapshot.LanguageOf(rowId))
                        {
                            Coverage = BitOperations.PopCount(w.Units[slot]),
                            ExactCoverage = BitOperations.PopCount(w.Units[slot] & unexpandedUnits) + BitOperations.PopCount(w.Exact[slot]),
                            Together = BitOperations.PopCount(w.Together[slot]),
                        });
                    Clear(w, slot);
                }
            }
        }

        /// <summary>Each scorer of <paramref name="clause"/> jumps to the window's first <paramref name="count"/> present documents, in order.</summary>
        static void Jump(WindowState w, Clause clause, Scorer[] scorers, int start, int count)
        {
            foreach (var s in scorers)
            {
                int doc = s.DocID;
                for (int p = 0; p < count && doc != DocIdSetIterator.NO_MORE_DOCS; p++)
                {
                    int target = w.Present[p];
                    if (doc < target) doc = s.Advance(target);
                    if (doc == target) Add(w, clause, s, doc - start);
                }
            }
        }

        static void Add(WindowState w, Clause clause, Scorer scorer, int slot)
        {
            switch (clause.Set)
            {
                case ClauseSet.Unit: w.Units[slot] |= clause.Bit; break;
                case ClauseSet.ExactForm: w.Exact[slot] |= clause.Bit; return; // tells, adds nothing
                case ClauseSet.Together: w.Together[slot] |= clause.Bit; break;
            }
            w.Scores[slot] += scorer.GetScore();
        }

        static void Clear(WindowState w, int slot)
        {
            w.Scores[slot] = 0;
            w.Units[slot] = w.Exact[slot] = w.Together[slot] = 0;
            w.Seen[slot] = false;
        }
    }
}
