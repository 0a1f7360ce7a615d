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
            Fts5Native.Check(Fts5Native.Prepare(db, sql, -1, &statement, 0), "prepare");
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Fts5Native.Check(Fts5Native.BindPointer(statement, 1, &api, type, 0), "bind");
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
                Fts5Native.Check(rc, "register " + Function);
            }
        }
        return scorer;
    }

    /// <summary>
    /// The function itself. An exception must not cross into SQLite: it becomes the statement's
    /// error, with its own code (SQLITE_INTERNAL) so that a fault of ours is never taken for a
    /// query FTS5 rejected.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
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
            Fts5Native.ResultErrorCode(context, Fts5Native.Internal);
        }
    }

    /// <summary>SQLite calls this when the connection closes.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    static void Release(nint self) => GCHandle.FromIntPtr(self).Free();

}


/// <summary>One matching row: its bm25 score (higher is better) and how many query words it has, exactly and with aliases.</summary>
internal readonly record struct ScoredMatch(long RowId, double Score, int Coverage, int ExactCoverage);
