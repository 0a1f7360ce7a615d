using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// One statement's rows. The statistics are read on the first row. A document frequency not yet
/// known is counted in the same pass when the pass sees every record that has the phrase (a
/// disjunction without SQL filters): then rows wait for their scores until the last has been
/// read. Otherwise FTS5 walks the phrase's records once more (xQueryPhrase), as bm25() does.
/// </summary>
internal sealed unsafe class ScoringPass(MatchPlan plan, DocumentFrequencies.Table frequencies, RowLengths? lengths, bool seesEveryRecordOfEachPhrase)
{
    // bm25's constants, as FTS5's own bm25() has them, so scores rank exactly as before.
    const double K1 = 1.2;
    const double B = 0.75;

    readonly List<ScoredMatch> matches = [];
    readonly double[] frequency = new double[plan.Terms.Count];
    readonly double[] weights = MatchPlan.Weights;
    double[] idf = [];
    long rows;
    double averageLength = 1;
    bool started;

    // While frequencies are counted in the pass: each row's term frequencies and length, and each term's records so far.
    long[]? hits;
    readonly List<float> pendingFrequencies = [];
    readonly List<int> pendingLengths = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs for every matching row: optimise it from the first
    public void Add(Fts5Native.ExtensionApi* api, nint fts)
    {
        if (!started) Start(api, fts);
        long rowId = api->Rowid(fts);
        int length;
        if (lengths is null || !lengths.TryGet(rowId, out length))
            if (api->ColumnSize(fts, -1, &length) != Fts5Native.Ok) length = (int)averageLength;
        ulong units = 0, exact = 0;
        Array.Clear(frequency);
        for (int p = 0; p < plan.Phrases.Count; p++)
        {
            var phrase = plan.Phrases[p];
            Fts5Native.PhraseIterator it;
            int column, offset;
            if (api->PhraseFirst(fts, p, &it, &column, &offset) != Fts5Native.Ok || column < 0) continue;
            units |= phrase.Units;
            exact |= phrase.ExactUnits;
            var sink = new WeightedFrequency(phrase.TermOfColumn, weights, frequency);
            if (PositionListsReadable == 0 && it.A != it.B) PositionListsReadable = ReadsAsFts5Does(api, fts, it, column) ? 1 : -1;
            if (PositionListsReadable >= 0)
                PositionList.ForEachInstance(it, column, weights.Length, ref sink);
            else
                for (; column >= 0; api->PhraseNext(fts, &it, &column, &offset)) sink.Add(column);
        }
        int coverage = BitOperations.PopCount(units), exactCoverage = BitOperations.PopCount(exact);
        if (hits is null)
        {
            matches.Add(new ScoredMatch(rowId, Score(frequency, length), coverage, exactCoverage));
            return;
        }
        for (int t = 0; t < frequency.Length; t++)
        {
            if (frequency[t] > 0) hits[t]++;
            pendingFrequencies.Add((float)frequency[t]); // sums of column weights (halves): exact as floats
        }
        pendingLengths.Add(length);
        matches.Add(new ScoredMatch(rowId, 0, coverage, exactCoverage));
    }

    /// <summary>The rows read, scored: called when the statement has returned its last row.</summary>
    public List<ScoredMatch> Finish()
    {
        if (hits is null) return matches;
        SetIdf(hits);
        for (int t = 0; t < hits.Length; t++) frequencies.Set(plan.Terms[t], hits[t]);
        int terms = frequency.Length;
        for (int row = 0; row < matches.Count; row++)
        {
            for (int t = 0; t < terms; t++) frequency[t] = pendingFrequencies[row * terms + t];
            matches[row] = matches[row] with { Score = Score(frequency, pendingLengths[row]) };
        }
        return matches;
    }

    double Score(double[] termFrequencies, int length)
    {
        double norm = K1 * (1 - B + B * length / averageLength);
        double score = 0;
        for (int t = 0; t < termFrequencies.Length; t++)
            if (termFrequencies[t] > 0) score += idf[t] * (termFrequencies[t] * (K1 + 1)) / (termFrequencies[t] + norm);
        return score;
    }

    void Start(Fts5Native.ExtensionApi* api, nint fts)
    {
        int count = api->PhraseCount(fts);
        if (count != plan.Phrases.Count)
            throw new InvalidOperationException($"The query has {count} phrases for FTS5 and {plan.Phrases.Count} for the scorer.");
        if (api->Version >= 3)
            for (int p = 0; p < count; p++)
            {
                byte* token;
                int size;
                if (api->QueryToken(fts, p, 0, &token, &size) == Fts5Native.Ok
                    && plan.Phrases[p].FirstToken.Length > 0
                    && Encoding.UTF8.GetString(token, size) != plan.Phrases[p].FirstToken)
                    throw new InvalidOperationException($"Phrase {p} of the query is not the scorer's.");
            }
        long tokens;
        fixed (long* r = &rows) Fts5Native.Check(api->RowCount(fts, r), "read the number of records");
        Fts5Native.Check(api->ColumnTotalSize(fts, -1, &tokens), "read the number of tokens");
        averageLength = rows == 0 ? 1 : (double)tokens / rows; // a row matched, so rows > 0: as bm25() computes it
        started = true;

        var known = new long[plan.Terms.Count];
        bool allKnown = true;
        for (int t = 0; t < known.Length; t++) allKnown &= frequencies.TryGet(plan.Terms[t], out known[t]);
        if (allKnown) { SetIdf(known); return; }
        if (seesEveryRecordOfEachPhrase) { hits = new long[known.Length]; return; }
        for (int p = 0; p < count; p++)
        {
            var own = plan.Phrases[p].OwnTerms;
            if (own.All(t => frequencies.TryGet(plan.Terms[t], out known[t]))) continue;
            foreach (var t in own) known[t] = 0;
            PhraseRecordCounter.Count(api, fts, p, plan.Phrases[p], known);
            foreach (var t in own) frequencies.Set(plan.Terms[t], known[t]);
        }
        SetIdf(known);
    }

    /// <summary>The IDF of FTS5's bm25(): never zero or negative, so very common terms still count a little.</summary>
    void SetIdf(long[] documentFrequencies)
    {
        idf = new double[documentFrequencies.Length];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Math.Log((rows - documentFrequencies[t] + 0.5) / (documentFrequencies[t] + 0.5));
            if (idf[t] <= 0) idf[t] = 1e-6;
        }
    }

    /// <summary>
    /// Whether <see cref="PositionList"/> reads position lists as xPhraseNext does: 0 until a row with
    /// several instances has been read both ways, then 1 (read them directly) or -1 (use xPhraseNext).
    /// </summary>
    internal static int PositionListsReadable { get; private set; }

    static bool ReadsAsFts5Does(Fts5Native.ExtensionApi* api, nint fts, Fts5Native.PhraseIterator it, int column)
    {
        int columns = MatchPlan.Weights.Length;
        var direct = new ColumnCounts(new int[columns]);
        PositionList.ForEachInstance(it, column, columns, ref direct);
        var viaApi = new int[columns];
        int offset;
        for (; column >= 0; api->PhraseNext(fts, &it, &column, &offset)) viaApi[Math.Min(column, columns - 1)]++;
        return direct.Counts.AsSpan().SequenceEqual(viaApi);
    }

    readonly struct WeightedFrequency(int[] termOfColumn, double[] weights, double[] frequency) : PositionList.IInstanceSink
    {
        public void Add(int column)
        {
            if (termOfColumn[column] is var term and >= 0) frequency[term] += weights[column];
        }
    }

    readonly struct ColumnCounts(int[] counts) : PositionList.IInstanceSink
    {
        public int[] Counts => counts;

        public void Add(int column) => counts[column]++;
    }
}
