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
    public List<ScoredMatch> Run(SqliteCommand command, MatchPlan plan, DocumentFrequencies.Table frequencies, RowLengths? lengths)
    {
        current = new ScoringPass(plan, frequencies, lengths);
        try
        {
            using (var reader = command.ExecuteReader())
                while (reader.Read()) { }
            return current.Matches;
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

    sealed class TermCounter(MatchPlan.Phrase phrase, long[] counts)
    {
        public readonly MatchPlan.Phrase Phrase = phrase;
        public readonly long[] Counts = counts;
        public readonly bool[] Seen = new bool[counts.Length];
    }

    /// <summary>One statement's rows: the collection, the statistics read on the first row.</summary>
    sealed class ScoringPass(MatchPlan plan, DocumentFrequencies.Table frequencies, RowLengths? lengths)
    {
        // bm25's constants, as FTS5's own bm25() has them, so scores rank exactly as before.
        const double K1 = 1.2;
        const double B = 0.75;

        public readonly List<ScoredMatch> Matches = [];
        readonly double[] frequency = new double[plan.Terms.Count];
        readonly double[] weights = MatchPlan.Weights;
        double[] idf = [];
        double averageLength = 1;
        bool started;

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
                for (; column >= 0; api->PhraseNext(fts, &it, &column, &offset))
                    if (phrase.TermOfColumn[column] is var term and >= 0) frequency[term] += weights[column];
            }
            double norm = K1 * (1 - B + B * length / averageLength);
            double score = 0;
            for (int t = 0; t < frequency.Length; t++)
                if (frequency[t] > 0) score += idf[t] * (frequency[t] * (K1 + 1)) / (frequency[t] + norm);
            Matches.Add(new ScoredMatch(rowId, score, System.Numerics.BitOperations.PopCount(units),
                System.Numerics.BitOperations.PopCount(exact)));
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
            long rows, tokens;
            api->RowCount(fts, &rows);
            api->ColumnTotalSize(fts, -1, &tokens);
            averageLength = rows == 0 ? 1 : Math.Max(1, (double)tokens / rows);
            var hits = new long[plan.Terms.Count];
            for (int p = 0; p < count; p++)
            {
                var own = plan.Phrases[p].OwnTerms;
                if (own.All(t => frequencies.TryGet(plan.Terms[t], out hits[t]))) continue;
                foreach (var t in own) hits[t] = 0;
                var counter = GCHandle.Alloc(new TermCounter(plan.Phrases[p], hits));
                try
                {
                    if (api->QueryPhrase(fts, p, GCHandle.ToIntPtr(counter), &CountRow) != Fts5Native.Ok)
                        throw new InvalidOperationException("FTS5 could not count the records of phrase " + p + ".");
                }
                finally
                {
                    counter.Free();
                }
                foreach (var t in own) frequencies.Set(plan.Terms[t], hits[t]);
            }
            // The IDF of FTS5's bm25(): never negative, so very common terms still count a little.
            idf = new double[hits.Length];
            for (int t = 0; t < hits.Length; t++)
                idf[t] = Math.Max(1e-6, Math.Log((rows - hits[t] + 0.5) / (hits[t] + 0.5)));
            started = true;
        }
    }
}

/// <summary>One matching row: its bm25 score (higher is better) and how many query words it has, exactly and with aliases.</summary>
internal readonly record struct ScoredMatch(long RowId, double Score, int Coverage, int ExactCoverage);
