using System.Globalization;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Curation;
using ArchivePortal.Storage.Filing;
using ArchivePortal.Storage.Index;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// Records in one SQLite database, written in one transaction per batch: an interrupted import
/// keeps every batch it committed, and nothing half-written. After each commit the search index
/// is told of the records, already analyzed (see <see cref="ArchiveIndex"/> for who indexes).
/// Every write applies the curation overlay (<see cref="RecordOverlay"/>): the records table holds
/// the values in effect, and a re-import changes only what no archivist corrected.
/// </summary>
public sealed class SqliteArchiveStore(ArchiveDatabase database, ArchiveAnalyzer analyzer, AuthorityRegistry authorities, ArchiveIndex index,
    AuthoritySource authoritySource) : IArchiveStore
{
    readonly RecordFiler filer = new(authorities);
    readonly Lock writer = new();

    const string AnalysisVersionKey = "analysis_version";

    public ArchiveDatabase Database => database;

    public UpsertSummary Upsert(IReadOnlyList<ArchiveRecord> batch)
    {
        if (batch.Count == 0) return UpsertSummary.None;
        lock (writer)
        {
            var stored = Store(Prepare(batch));
            IndexStored(stored);
            return stored.Summary;
        }
    }

    /// <summary>
    /// Upserts the batches in order, as <see cref="Upsert"/> one after another would, in a pipeline
    /// of three steps: this thread prepares a batch (analysis, filing, compression: no database
    /// writes) while the batch before it is in its transaction and the one before that is indexed.
    /// With two steps (preparing; the transaction, then the indexing) the transaction ran with only
    /// the preparation beside it; with three, 200,000-record imports ran 1-5% faster (alternated:
    /// 2,069 and 2,008 records/s against 1,968 and 1,982), the cores busy 1.72 of 2 instead of 1.67. Each step takes the batches in order: a batch is indexed
    /// after its commit and after the batch before it (given a later one first, the index would read
    /// the earlier one back from the database, see <see cref="ArchiveIndex.Written"/>). At most one
    /// batch waits for the index. Holds the store's write lock from the first batch to the
    /// last, so no other writer of this process comes between a batch's preparation and its write.
    /// A batch that names a record of the batch in its transaction waits for that transaction.
    /// </summary>
    /// <param name="written">Told of each batch once it is committed and indexed.</param>
    public UpsertSummary UpsertAll(IEnumerable<IReadOnlyList<ArchiveRecord>> batches, Action<UpsertSummary>? written = null)
    {
        var total = UpsertSummary.None;
        lock (writer)
        {
            Task<StoredBatch>? storing = null;
            HashSet<string> storingIds = [];
            var indexing = new Queue<Task<UpsertSummary>>(); // in batch order
            void Indexed(int leaveRunning)
            {
                while (indexing.Count > leaveRunning)
                {
                    var summary = indexing.Dequeue().GetAwaiter().GetResult();
                    total = total.Plus(summary);
                    written?.Invoke(summary);
                }
            }
            try
            {
                foreach (var batch in batches)
                {
                    if (batch.Count == 0) continue;
                    // Which records exist is read while preparing: a record of the batch in its transaction must be there first.
                    if (storing is not null && batch.Any(r => storingIds.Contains(r.Id))) storing.GetAwaiter().GetResult();
                    var prepared = Prepare(batch);
                    storing?.GetAwaiter().GetResult(); // one transaction at a time
                    Indexed(leaveRunning: 1);          // and one batch waiting for the index at most
                    var store = Task.Run(() => Store(prepared));
                    var before = indexing.LastOrDefault();
                    indexing.Enqueue(Task.Run(() => IndexAfter(store, before))); // never on this thread
                    (storing, storingIds) = (store, [.. batch.Select(r => r.Id)]);
                }
            }
            catch
            {
                // Reading or preparing a batch failed (or was cancelled), or a write did: the batches
                // in flight finish before the failure is reported, so no write runs on after the call.
                foreach (var task in indexing) task.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                throw;
            }
            Indexed(leaveRunning: 0);
        }
        if (total.Added + total.Updated > 0) database.Checkpoint();
        if (total.Added + total.Updated >= BulkImport)
        {
            index.SettleAfterBulkLoad(total.Added + total.Updated);
            ReturnImportMemory(); // after the merges, whose buffers are garbage too
        }
        return total;
    }

    /// <summary>Indexes a batch once it is committed and the batch before it is indexed; a failure of either fails it too.</summary>
    async Task<UpsertSummary> IndexAfter(Task<StoredBatch> store, Task? before)
    {
        var stored = await store.ConfigureAwait(false);
        if (before is not null) await before.ConfigureAwait(false);
        IndexStored(stored);
        return stored.Summary;
    }

    /// <summary>Records written in one call from which on the call is a bulk import, not a crawler's page or an archivist's edit.</summary>
    const int BulkImport = 1000;

    /// <summary>
    /// Gives the memory a bulk import used back to the system. Analysis makes garbage at hundreds of
    /// megabytes a second, and the collector keeps what it grew to: after 200,000 records it held
    /// 430 MB where the searches that follow (the portal's first run serves for days) need about
    /// 220. One full collection costs a fraction of a second at the end of minutes of import (it
    /// pauses the portal's searches too, when the portal runs the import: once, for that long).
    /// The C heap (SQLite's caches, compression and word-break buffers of every thread) kept 25 MB
    /// of freed memory after 50,000 records; trimmed too.
    /// </summary>
    static void ReturnImportMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }

    /// <summary>A batch analyzed, filed and compressed, ready for its transaction.</summary>
    sealed record PreparedBatch(int Size, Dictionary<string, (long RowId, string Hash)> Existing, List<(ArchiveRecord Record, string Hash)> Sources,
        Dictionary<string, RecordOverlay> Overlays, List<IndexedRecord> Work, List<RecordAuthorities> Links, IReadOnlyCollection<Authority> ChangedAuthorities,
        BodyDictionary? Dictionary);

    PreparedBatch Prepare(IReadOnlyList<ArchiveRecord> batch)
    {
        using var c = database.Connect();
        var existing = ExistingHashes(c, batch.Select(r => r.Id));
        var sources = batch
            .Select(r => (Record: r, Hash: IndexedRecord.Hash(r)))
            .GroupBy(x => x.Record.Id).Select(g => g.Last()) // the same id twice in a batch: the last wins
            .Where(x => !existing.TryGetValue(x.Record.Id, out var h) || h.Hash != x.Hash)
            .ToList();
        // The hash is the source's (an unchanged file stays unchanged); what is analyzed, filed and
        // stored is the record in effect, the archivists' corrections applied.
        var overlays = OverlayRows.Load(c, null, sources.Select(x => x.Record.Id));
        var changedRecords = sources
            .Select(x => (Record: overlays.TryGetValue(x.Record.Id, out var o) ? o.Apply(x.Record) : x.Record, x.Hash))
            .ToList();

        // Filing under authorities is sequential (it may create provisional authorities that the
        // next record must find): it runs beside the analysis instead of after it.
        var changedAuthorities = new Dictionary<(string, string), Authority>();
        var filed = Task.Run(() => changedRecords.Select(x =>
        {
            var filing = filer.File(x.Record, overlays.GetValueOrDefault(x.Record.Id));
            foreach (var a in filing.Changed) changedAuthorities[(a.Kind, a.Id)] = a;
            return filing.Links;
        }).ToList());

        // Compression needs no database: do it before the transaction, in parallel. (Analysis runs
        // as the index takes each record, after the commit: see AnalyzedTextField.)
        var dictionary = database.Bodies.ForWriting([.. changedRecords.Select(x => x.Record.Body)]);
        var work = changedRecords.AsParallel().AsOrdered()
            .Select(x => new IndexedRecord(x.Record, x.Hash, BodyCodec.Compress(x.Record.Body, dictionary)))
            .ToList();
        var links = filed.GetAwaiter().GetResult();
        return new PreparedBatch(batch.Count, existing, sources, overlays, work, links, changedAuthorities.Values, dictionary);
    }

    /// <summary>A batch committed to the database, its documents still to be indexed.</summary>
    sealed record StoredBatch(long Generation, List<IndexedDocument> Documents, UpsertSummary Summary);

    /// <summary>Writes a prepared batch in one transaction.</summary>
    StoredBatch Store(PreparedBatch batch)
    {
        var (existing, sources, overlays, work, links) = (batch.Existing, batch.Sources, batch.Overlays, batch.Work, batch.Links);
        using var c = database.Connect();
        int added = 0, updated = 0;
        var documents = new List<IndexedDocument>(work.Count);
        long generation = 0;
        using (var tx = c.BeginTransaction())
        {
            using var linkWriter = new LinkWriter(c, tx);
            using var rows = new RecordRowWriter(c, tx);
            EnsureAnalysisVersion(c, tx);
            // UTC to the millisecond, 24 characters: the round-trip format's 33 (ticks and +00:00)
            // took 3.4 MB of a 200,000-record database and told nobody more.
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            foreach (var a in batch.ChangedAuthorities) AuthorityRows.Save(c, tx, a);
            if (batch.Dictionary is { } dictionary && work.Count > 0) BodyDictionaries.Save(c, tx, dictionary);
            foreach (var (source, _) in sources)
                if (overlays.TryGetValue(source.Id, out var o)) OverlayRows.UpdateImported(c, tx, source, o);
            generation = work.Count > 0 ? AuthorityRows.BumpGeneration(c, tx) : 0;
            for (int i = 0; i < work.Count; i++)
            {
                var item = work[i];
                long rowId;
                if (existing.TryGetValue(item.Record.Id, out var old))
                {
                    rows.Update(rowId = old.RowId, item, now, generation);
                    updated++;
                }
                else
                {
                    rowId = rows.Insert(item, now, generation);
                    added++;
                }
                linkWriter.Replace(rowId, links[i], isNew: !existing.ContainsKey(item.Record.Id));
                documents.Add(new IndexedDocument(rowId, item.Record, links[i]) { IsNew = !existing.ContainsKey(item.Record.Id) });
            }
            tx.Commit();
        }
        database.CheckpointWhenLarge();
        return new StoredBatch(generation, documents, new UpsertSummary(added, updated, batch.Size - added - updated));
    }

    void IndexStored(StoredBatch stored)
    {
        if (stored.Documents.Count > 0) index.Written(stored.Generation, stored.Documents);
    }

    static Dictionary<string, (long RowId, string Hash)> ExistingHashes(SqliteConnection c, IEnumerable<string> ids)
    {
        var result = new Dictionary<string, (long, string)>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            foreach (var row in c.Query<(long RowId, string Id, string Hash)>(
                         "SELECT rowid, id, content_hash FROM records WHERE id IN @ids", new { ids = chunk }))
                result[row.Id] = (row.RowId, row.Hash);
        }
        return result;
    }

    void EnsureAnalysisVersion(SqliteConnection c, SqliteTransaction tx)
    {
        c.Execute("INSERT OR IGNORE INTO meta(key, value) VALUES (@k, @v)",
            new { k = AnalysisVersionKey, v = analyzer.Fingerprint }, tx);
        authoritySource.Save(c, tx, rebuilt: false);
    }

    /// <summary>
    /// Runs an archivist's change in one write transaction: <paramref name="change"/> writes the
    /// overlay and the audit log and names the records it touched, which are then filed again
    /// from their source with the overlay applied, and indexed at once. Nothing is written when it throws.
    /// </summary>
    /// <param name="reindexText">False when no text changed (an authority's names, a rejection, a
    /// merge): the records are filed anew but not analyzed, since the index holds no authority ids.</param>
    public T Curate<T>(Func<SqliteConnection, SqliteTransaction, (T Result, IReadOnlyCollection<long> RowIds)> change, bool reindexText = true)
    {
        lock (writer)
        {
            using var c = database.Connect();
            List<IndexedDocument> documents;
            long generation;
            T result;
            using (var tx = c.BeginTransaction())
            {
                (result, var rowIds) = change(c, tx);
                if (rowIds.Count == 0)
                {
                    tx.Commit(); // an audit-only change, or nothing: no record to file again
                    return result;
                }
                generation = AuthorityRows.BumpGeneration(c, tx);
                documents = Refile(c, tx, rowIds, generation, reindexText);
                tx.Commit();
            }
            index.Written(generation, documents);
            return result;
        }
    }

    /// <summary>
    /// Runs a change that wrote the records' authority links itself (a bulk change: thousands of
    /// records at once): the records are marked written in a new generation, so that search's facts
    /// catch up, and nothing is analyzed or re-indexed, since the index holds no authority ids.
    /// </summary>
    public T CurateLinks<T>(Func<SqliteConnection, SqliteTransaction, (T Result, IReadOnlyCollection<long> RowIds)> change)
    {
        lock (writer)
        {
            using var c = database.Connect();
            long generation;
            T result;
            using (var tx = c.BeginTransaction())
            {
                (result, var rowIds) = change(c, tx);
                if (rowIds.Count == 0)
                {
                    tx.Commit();
                    return result;
                }
                generation = AuthorityRows.BumpGeneration(c, tx);
                foreach (var chunk in rowIds.Chunk(5000))
                    c.Execute("UPDATE records SET written_generation = @generation WHERE rowid IN @chunk", new { generation, chunk }, tx);
                tx.Commit();
            }
            index.Written(generation, []); // the index is up to date as of this generation
            return result;
        }
    }

    /// <summary>
    /// Files records again as generation <paramref name="generation"/>: from the source values
    /// (the row's, with overridden fields' imported values put back), the overlay applied, the
    /// authorities extracted anew; writes the values in effect and returns them for the index to analyze.
    /// </summary>
    List<IndexedDocument> Refile(SqliteConnection c, SqliteTransaction tx, IReadOnlyCollection<long> rowIds, long generation, bool reindexText = true)
    {
        var documents = new List<IndexedDocument>(rowIds.Count);
        using var linkWriter = new LinkWriter(c, tx);
        foreach (var chunk in rowIds.Chunk(500))
        {
            var written = RecordsWritten.Load(c, tx, chunk, database.Bodies);
            var overlays = OverlayRows.Load(c, tx, written.Select(w => w.Record.Id));
            var records = written
                .Select(w => (w.RowId, Record: overlays.TryGetValue(w.Record.Id, out var o) ? o.Apply(o.SourceOf(w.Record)) : w.Record))
                .ToList();
            for (int i = 0; i < records.Count; i++)
            {
                var (rowId, record) = records[i];
                overlays.TryGetValue(record.Id, out var overlay);
                var (links, changed) = filer.File(record, overlay);
                foreach (var a in changed) AuthorityRows.Save(c, tx, a);
                if (overlay is not null)
                {
                    c.Execute("UPDATE records SET title = @Title, lang = @Language, date = @Date, year = @Year, type = @Type, hidden_until = @hidden WHERE rowid = @rowId",
                        new { record.Title, record.Language, Date = CuratedFields.Of(record, CuratedFields.Date), record.Date?.Year, record.Type, rowId,
                              hidden = overlay.Visibility.HiddenUntil }, tx);
                }
                linkWriter.Replace(rowId, links);
                if (reindexText) documents.Add(new IndexedDocument(rowId, record, links));
            }
            c.Execute("UPDATE records SET written_generation = @generation WHERE rowid IN @chunk", new { generation, chunk }, tx);
        }
        return documents;
    }

    public StoredRecord? Get(string id)
    {
        using var c = database.Connect();
        var row = c.QuerySingleOrDefault<RecordRow>("SELECT * FROM records WHERE id = @id", new { id });
        return row is null ? null : ToStored(row, database.Bodies);
    }

    public RecordAuthorities? AuthoritiesOf(string id)
    {
        using var c = database.Connect();
        var rowId = c.ExecuteScalar<long?>("SELECT rowid FROM records WHERE id = @id", new { id });
        if (rowId is null) return null;
        return AuthorityRows.Filed(c.Query<(string Kind, string Id, string Role)>(
            "SELECT kind, authority_id, role FROM record_authorities WHERE record_rowid = @rowId ORDER BY seq", new { rowId }).ToList());
    }

    internal static StoredRecord ToStored(RecordRow row, BodyDictionaries bodies) =>
        new(row.RowId, row.ToRecord(bodies),
            DateTimeOffset.Parse(row.created_at, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(row.updated_at, CultureInfo.InvariantCulture)) { Visibility = Visibility.FromHiddenUntil(row.hidden_until) };

    public int Count()
    {
        using var c = database.Connect();
        return c.ExecuteScalar<int>("SELECT count(*) FROM records");
    }

    public ArchiveStats Stats()
    {
        using var c = database.Connect();
        List<(string, int)> Group(string sql) => c.Query<(string, int)>(sql).ToList();
        return new ArchiveStats(
            c.ExecuteScalar<int>("SELECT count(*) FROM records"),
            Group("SELECT lang, count(*) FROM records GROUP BY lang ORDER BY count(*) DESC, lang"),
            Group("SELECT coalesce(CAST(year AS TEXT), 'undated'), count(*) FROM records GROUP BY year ORDER BY year DESC"),
            Group("SELECT type, count(*) FROM records GROUP BY type ORDER BY count(*) DESC, type"));
    }

    public bool NeedsReindex()
    {
        using var c = database.Connect();
        var stored = c.ExecuteScalar<string?>("SELECT value FROM meta WHERE key=@k", new { k = AnalysisVersionKey });
        return stored is not null && stored != analyzer.Fingerprint;
    }

    public int Reindex(IProgress<int>? progress = null)
    {
        lock (writer) return ReindexLocked(progress);
    }

    int ReindexLocked(IProgress<int>? progress)
    {
        using var c = database.Connect();
        var rowIds = c.Query<long>("SELECT rowid FROM records ORDER BY rowid").ToList();
        int done = 0;
        foreach (var chunk in rowIds.Chunk(500))
        {
            // Read, analyze and write each chunk in one write transaction: a record another process
            // updates meanwhile must not be filed again from the text it had before (its row would
            // say one thing and the index another). Other writers wait the chunk's second or so.
            List<IndexedDocument> documents;
            long generation;
            using (var tx = c.BeginTransaction())
            {
                generation = AuthorityRows.BumpGeneration(c, tx);
                documents = Refile(c, tx, chunk, generation);
                if (done + chunk.Length == rowIds.Count)
                {
                    c.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES (@k, @v)",
                        new { k = AnalysisVersionKey, v = analyzer.Fingerprint }, tx);
                    authoritySource.Save(c, tx, rebuilt: true);
                }
                tx.Commit();
            }
            index.Written(generation, documents);
            database.CheckpointWhenLarge();
            done += chunk.Length;
            progress?.Report(done);
        }
        index.Commit();
        return done;
    }
}

/// <summary>A row of the records table as Dapper reads it (column names as in SQL).</summary>
internal sealed class RecordRow
{
    public long RowId { get; set; }
    public string id { get; set; } = "";
    public string title { get; set; } = "";
    /// <summary>Compressed bytes, or text in rows written before compression (see <see cref="BodyCodec"/>).</summary>
    public object? body { get; set; }
    public string lang { get; set; } = "";
    public string? date { get; set; }
    public string? institution { get; set; }
    public string? source_url { get; set; }
    public string type { get; set; } = "";
    public string? origin { get; set; }
    public string created_at { get; set; } = "";
    public string updated_at { get; set; } = "";
    public string? hidden_until { get; set; }

    public string? persons { get; set; }
    public string? topics { get; set; }

    public ArchiveRecord ToRecord(BodyDictionaries bodies) => new()
    {
        Id = id, Title = title, Body = BodyCodec.Read(body, bodies), Language = lang,
        Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Institution = institution, SourceUrl = source_url, Type = type, Origin = origin,
        Persons = DeclaredNames.FromColumn(persons), Topics = DeclaredNames.FromColumn(topics),
    };
}
