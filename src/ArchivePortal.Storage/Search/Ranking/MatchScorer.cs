using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Search.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>archive_score(record_fts)</c>, written in C#: called once for
/// every matching row, it reads the row's phrase instances and records the row's bm25 score and
/// how many of the query's words (units) it contains. So one pass over the matches yields the
/// match set, the scores and the coverage that otherwise took a pass each: FTS5 has no top-k
/// pruning, and its own bm25() spends most of its time finding the document frequencies again
/// for every query and looking up each row's length.
///
/// Registered once per physical connection (pooled connections keep it); the pass in progress
/// belongs to the connection, which one thread uses at a time.
/// </summary>
internal sealed unsafe class MatchScorer
{
    public const string Function = "archive_score";

    static readonly ConditionalWeakTable<object, MatchScorer> Registered = new();

    ScoringPass? current;

    MatchScorer() { }

    /// <summary>The scorer of this connection, registering the function on first use.</summary>
    public static MatchScorer For(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        return Registered.GetValue(handle, _ => Register(handle.DangerousGetHandle()));
    }

    /// <summary>Runs a statement that calls archive_score(record_fts) for each row, and returns what it recorded.</summary>
    /// <param name="seesEveryRecordOfEachPhrase">
    /// True when the statement returns every record that has any of the plan's phrases (an OR of
    /// phrases, no other condition): document frequencies not yet known are then counted in the pass.
    /// </param>
    public List<ScoredMatch> Run(SqliteCommand command, MatchPlan plan, DocumentFrequencies.Table frequencies, RowLengths? lengths,
        bool seesEveryRecordOfEachPhrase = false)
    {
        current = new ScoringPass(plan, frequencies, lengths, seesEveryRecordOfEachPhrase);
        try
        {
            using (var reader = command.ExecuteReader())
                while (reader.Read()) { }
            return current.Finish();
        }
        finally
        {
            current = null;
        }
    }

    static MatchScorer Register(nint db)
    {
        Fts5Native.Api* api = null;
        nint statement = 0;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
            Check(Fts5Native.Prepare(db, sql, -1, &statement, 0), "prepare");
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(Fts5Native.BindPointer(statement, 1, &api, type, 0), "bind");
                if (Fts5Native.Step(statement) != Fts5Native.Row) throw new InvalidOperationException("SQLite did not return the FTS5 API.");
            }
        }
        finally
        {
            Fts5Native.Finalize(statement);
        }
        if (api is null || api->Version < 2) throw new InvalidOperationException("This SQLite has no usable FTS5 API.");

        var scorer = new MatchScorer();
        var self = GCHandle.Alloc(scorer);
        fixed (byte* name = "archive_score\0"u8)
        {
            int rc = api->CreateFunction(api, name, GCHandle.ToIntPtr(self), &Score, &Release);
            if (rc != Fts5Native.Ok)
            {
                self.Free();
                Check(rc, "register " + Function);
            }
        }
        return scorer;
    }

    static void Check(int rc, string what)
    {
        if (rc != Fts5Native.Ok) throw new InvalidOperationException($"SQLite error {rc} while trying to {what}.");
    }

    /// <summary>The function itself. An exception must not cross into SQLite: it becomes the statement's error.</summary>
    [UnmanagedCallersOnly]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Score(Fts5Native.ExtensionApi* api, nint fts, nint context, int argumentCount, nint* arguments)
    {
        try
        {
            var scorer = (MatchScorer)GCHandle.FromIntPtr(api->UserData(fts)).Target!;
            var pass = scorer.current ?? throw new InvalidOperationException(Function + "() is called only by a search.");
            pass.Add(api, fts);
        }
        catch (Exception e)
        {
            var message = Encoding.UTF8.GetBytes(e.Message);
            fixed (byte* m = message) Fts5Native.ResultError(context, m, message.Length);
        }
    }

    /// <summary>SQLite calls this when the connection closes.</summary>
    [UnmanagedCallersOnly]
    static void Release(nint self) => GCHandle.FromIntPtr(self).Free();

    /// <summary>Counts, for one phrase run on its own, the rows that have it in each of its streams' columns.</summary>
    [UnmanagedCallersOnly]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int CountRow(Fts5Native.ExtensionApi* api, nint fts, nint state)
    {
        var counter = (TermCounter)GCHandle.FromIntPtr(state).Target!;
        var own = counter.Phrase.OwnTerms;
        if (own.Length == 1)
        {
            counter.Counts[own[0]]++; // one stream: every row the phrase matches has it there
            return Fts5Native.Ok;
        }
        Array.Clear(counter.Seen);
        Fts5Native.PhraseIterator it;
        int column;
        if (api->PhraseFirstColumn(fts, 0, &it, &column) != Fts5Native.Ok) return Fts5Native.Ok;
        for (; column >= 0; api->PhraseNextColumn(fts, &it, &column))
        {
            int term = counter.Phrase.TermOfColumn[column];
            if (term < 0 || counter.Seen[term]) continue;
            counter.Seen[term] = true;
            counter.Counts[term]++;
        }
        return Fts5Native.Ok;
    }

    /// <summary>
    /// Whether <see cref="PositionList"/> reads position lists as xPhraseNext does: 0 until a row with
    /// several instances has been read both ways, then 1 (read them directly) or -1 (use xPhraseNext).
    /// </summary>
    static int positionListsReadable;

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

    sealed class TermCounter(MatchPlan.Phrase phrase, long[] counts)
    {
        public readonly MatchPlan.Phrase Phrase = phrase;
        public readonly long[] Counts = counts;
        public readonly bool[] Seen = new bool[counts.Length];
    }

    /// <summary>
    /// One statement's rows. The statistics are read on the first row. A document frequency not yet
    /// known is counted in the same pass when the pass sees every record that has the phrase (a
    /// disjunction without SQL filters): then rows wait for their scores until the last has been
    /// read. Otherwise FTS5 walks the phrase's records once more (xQueryPhrase), as bm25() does.
    /// </summary>
    sealed class ScoringPass(MatchPlan plan, DocumentFrequencies.Table frequencies, RowLengths? lengths, bool seesEveryRecordOfEachPhrase)
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
                if (positionListsReadable == 0 && it.A != it.B) positionListsReadable = ReadsAsFts5Does(api, fts, it, column) ? 1 : -1;
                if (positionListsReadable >= 0)
                    PositionList.ForEachInstance(it, column, weights.Length, ref sink);
                else
                    for (; column >= 0; api->PhraseNext(fts, &it, &column, &offset)) sink.Add(column);
            }
            int coverage = System.Numerics.BitOperations.PopCount(units), exactCoverage = System.Numerics.BitOperations.PopCount(exact);
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
                        && Encoding.UTF8.GetString(token, size) != plan.Phrases[p].FirstToken)
                        throw new InvalidOperationException($"Phrase {p} of the query is not the scorer's.");
                }
            long tokens;
            fixed (long* r = &rows) api->RowCount(fts, r);
            api->ColumnTotalSize(fts, -1, &tokens);
            averageLength = rows == 0 ? 1 : Math.Max(1, (double)tokens / rows);
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
                var counter = GCHandle.Alloc(new TermCounter(plan.Phrases[p], known));
                try
                {
                    if (api->QueryPhrase(fts, p, GCHandle.ToIntPtr(counter), &CountRow) != Fts5Native.Ok)
                        throw new InvalidOperationException("FTS5 could not count the records of phrase " + p + ".");
                }
                finally
                {
                    counter.Free();
                }
                foreach (var t in own) frequencies.Set(plan.Terms[t], known[t]);
            }
            SetIdf(known);
        }

        /// <summary>The IDF of FTS5's bm25(): never negative, so very common terms still count a little.</summary>
        void SetIdf(long[] documentFrequencies)
        {
            idf = new double[documentFrequencies.Length];
            for (int t = 0; t < idf.Length; t++)
                idf[t] = Math.Max(1e-6, Math.Log((rows - documentFrequencies[t] + 0.5) / (documentFrequencies[t] + 0.5)));
        }
    }
}

/// <summary>One matching row: its bm25 score (higher is better) and how many query words it has, exactly and with aliases.</summary>
internal readonly record struct ScoredMatch(long RowId, double Score, int Coverage, int ExactCoverage);
