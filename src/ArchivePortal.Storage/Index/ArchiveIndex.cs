using System.Diagnostics;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// The Lucene.Net index of the archive, derived from SQLite and always rebuildable from it.
///
/// Who writes: Lucene allows one <see cref="IndexWriter"/> per index, so the first process (and
/// in it, the first <see cref="ArchiveIndex"/>) to take the index's write lock is its writer; any
/// other process reads the writer's commits. Every process writes records to SQLite only, and the
/// writer brings the index up to date: with the records it just wrote itself (already analyzed),
/// and by catching up from SQLite with the records other processes wrote. Each Lucene commit
/// records the SQLite write generation it contains; a writer starts by catching up from there, so
/// a crash anywhere leaves the two consistent once a writer runs again. A reader keeps trying to
/// become the writer (the other process may have ended) and otherwise follows its commits.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    /// <summary>A writer commits at most this often: a reader in another process sees its records this soon.</summary>
    static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// While writes follow each other without a pause (a bulk import's batches), the writer commits
    /// this often instead: each commit flushes small segments that merges then rewrite, and at one
    /// a second that took a quarter of an import's time. Searches in this process see every write
    /// at once either way (near-real-time readers).
    /// </summary>
    static readonly TimeSpan StreamingCommitInterval = TimeSpan.FromSeconds(5);

    /// <summary>A write this soon after the one before continues a stream of writes.</summary>
    static readonly TimeSpan StreamingPause = TimeSpan.FromSeconds(2);

    /// <summary>A reader tries to take the write lock over at most this often.</summary>
    static readonly TimeSpan TakeOverInterval = TimeSpan.FromSeconds(1);

    const string GenerationKey = "generation";
    const string AnalysisKey = "analysis";

    readonly SharedIndex shared;
    readonly ArchiveDatabase database;
    readonly ArchiveAnalyzer analyzer;
    int disposed;

    ArchiveIndex(SharedIndex shared, ArchiveDatabase database, ArchiveAnalyzer analyzer)
    {
        this.shared = shared;
        this.database = database;
        this.analyzer = analyzer;
    }

    /// <summary>Where the index of a database lives by default: beside it, <c>archive.db</c> → <c>archive.index/</c>.</summary>
    public static string DefaultPathFor(string databasePath) => System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(databasePath), ".index");

    public string Path => shared.Path;

    /// <summary>True when this process holds the index's write lock.</summary>
    public bool IsWriter => shared.Writer is not null;

    /// <summary>The SQLite write generation the index holds (as far as this process knows).</summary>
    public long Generation => shared.Generation;

    /// <summary>The BM25 parameters of every search (Lucene's defaults, k1 = 1.2, b = 0.75).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>
    /// Opens the index at <paramref name="path"/> for <paramref name="database"/>. Indexes of one path
    /// in one process share one writer and reader.
    /// </summary>
    public static ArchiveIndex Open(string path, ArchiveDatabase database, ArchiveAnalyzer analyzer)
    {
        var shared = SharedIndex.Acquire(System.IO.Path.GetFullPath(path));
        var index = new ArchiveIndex(shared, database, analyzer);
        lock (shared.Sync) index.TryBecomeWriter();
        return index;
    }

    /// <summary>
    /// After a SQLite write of generation <paramref name="generation"/>: indexes its records, and
    /// whatever other processes wrote before it, when this process is the writer. Nothing when the
    /// index already holds that generation: a catch-up (the portal's follower, a search) that ran
    /// between the write's commit and this call read its records from SQLite, and adding them again
    /// would make each a second document.
    /// </summary>
    public void Written(long generation, IReadOnlyList<IndexedDocument> documents)
    {
        lock (shared.Sync)
        {
            if (!TryBecomeWriter()) return;
            if (shared.Generation >= generation) return;
            if (shared.Generation < generation - 1) CatchUpLocked(excluding: generation, upTo: generation - 1);
            Index(documents);
            shared.Generation = generation;
            shared.Dirty = true;
            CommitIfDue(wroteNow: true);
        }
    }

    /// <summary>
    /// False in the portal, whose follower catches up twice a second: a visitor's search (or
    /// /health) then never indexes another process's import itself, which takes seconds per batch
    /// under load; it reads what is indexed. True by default, for the command line and the tests,
    /// where no follower runs.
    /// </summary>
    public bool SearchesCatchUp { get; set; } = true;

    /// <summary>
    /// Before a search: catches up as <see cref="Refresh()"/> does when <see cref="SearchesCatchUp"/>,
    /// and makes new commits visible. Never waits for another thread's catch-up: a search then reads
    /// what is already indexed.
    /// </summary>
    public void Refresh(long databaseGeneration) => Refresh(databaseGeneration, SearchesCatchUp);

    /// <summary>
    /// Brings the index up to the database's generation, reading what other processes wrote, commits
    /// what is due, and makes new commits visible to searches.
    /// </summary>
    void Refresh(long databaseGeneration, bool catchUp)
    {
        if (catchUp && (shared.Generation < databaseGeneration || shared.Writer is null || shared.Dirty))
        {
            if (shared.Sync.TryEnter())
            {
                try
                {
                    if (TryBecomeWriter())
                    {
                        int caught = shared.Generation < databaseGeneration ? CatchUpLocked(excluding: -1, upTo: long.MaxValue) : 0;
                        // The last records of an import are made durable (and visible to readers
                        // in other processes) a second later, not only when this process ends.
                        CommitIfDue(wroteNow: caught > 0);
                    }
                }
                finally { shared.Sync.Exit(); }
            }
        }
        shared.MaybeRefresh();
    }

    /// <summary>Brings the index up to the database's current generation (the portal's follower calls it).</summary>
    public void Refresh()
    {
        using var c = database.Connect();
        Refresh(AuthorityRows.Generation(c), catchUp: true);
    }

    /// <summary>
    /// What searches see, as a stamp that changes whenever it does: caches of search pages compare
    /// it, since the index can follow a database write by a moment.
    /// </summary>
    public string Version
    {
        get
        {
            using var lease = Acquire();
            return lease.Searcher?.IndexReader is DirectoryReader r ? r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        }
    }

    /// <summary>Indexes every record written after the index's generation (all of them into an empty index).</summary>
    public int CatchUp(IProgress<int>? progress = null)
    {
        lock (shared.Sync)
        {
            if (!TryBecomeWriter()) return 0;
            var n = CatchUpLocked(excluding: -1, upTo: long.MaxValue, progress);
            Commit();
            shared.MaybeRefresh(); // searchers taken from now on see what was caught up
            return n;
        }
    }

    /// <summary>Makes everything indexed durable, with the generation it holds.</summary>
    public void Commit()
    {
        lock (shared.Sync)
        {
            if (shared.Writer is null || !shared.Dirty) return;
            shared.Writer.SetCommitData(new Dictionary<string, string>
            {
                [GenerationKey] = shared.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [AnalysisKey] = analyzer.Fingerprint,
            });
            shared.Writer.Commit();
            shared.Dirty = false;
            shared.LastCommit = Stopwatch.StartNew();
        }
    }

    /// <summary>
    /// Commits, waits for the merges still running in the background, and commits their result:
    /// the index at rest, as a writer leaves it when it closes. Until then a merge's new segment and
    /// the ones it replaces are both on disk (the bench measured 487 to 505 MB for one archive).
    /// </summary>
    public void CommitAndSettle() => Settle(mergeIntoOne: false);

    /// <summary>
    /// Settles the index after a bulk load of <paramref name="written"/> records (see
    /// <see cref="CommitAndSettle"/>) and, when the load wrote at least half of the index's
    /// documents, merges it into one segment, as Solr's "optimize" after a bulk load: a search
    /// looks up each of its words once per segment, and a 200,000-record load left six segments
    /// (search p95 22 ms; in one, 21 ms, p50 8.2 → 7.0 ms, and rare words 8.8 → 6.4 ms). The merge
    /// rewrites what the load has just written once more (4 s after 115 s of import there), so a
    /// small load into a large index does not do it. Only the process that writes the index does.
    /// </summary>
    public void SettleAfterBulkLoad(long written)
    {
        IndexWriter? writer;
        lock (shared.Sync) writer = shared.Writer;
        Settle(mergeIntoOne: writer is not null && written * 2 >= writer.MaxDoc);
    }

    void Settle(bool mergeIntoOne)
    {
        Commit();
        IndexWriter? writer;
        lock (shared.Sync) writer = shared.Writer;
        if (writer is null) return;
        writer.WaitForMerges();
        if (mergeIntoOne) writer.ForceMerge(1); // nothing to do when the index is one segment already
        lock (shared.Sync) shared.Dirty = true;
        Commit();
    }

    /// <summary>A searcher over the newest state this process sees; dispose it when done.</summary>
    public SearcherLease Acquire() => shared.Acquire();

    /// <summary>Commits a second after the last commit, or five while writes follow each other without a pause.</summary>
    void CommitIfDue(bool wroteNow)
    {
        bool streaming = shared.LastWrite.Elapsed < StreamingPause;
        if (wroteNow) shared.LastWrite.Restart();
        if (shared.LastCommit.Elapsed >= (streaming ? StreamingCommitInterval : CommitInterval)) Commit();
    }

    /// <summary>Takes the write lock when it is free. Call with <see cref="SharedIndex.Sync"/> held.</summary>
    bool TryBecomeWriter()
    {
        if (shared.Writer is not null) return true;
        if (shared.LastTakeOverAttempt is { } last && last.Elapsed < TakeOverInterval) return false;
        shared.LastTakeOverAttempt = Stopwatch.StartNew();
        var writer = OpenWriter();
        if (writer is null) return false;
        var data = writer.CommitData;
        long generation = data.TryGetValue(GenerationKey, out var g) && long.TryParse(g, out var parsed) ? parsed : 0;
        if (!data.TryGetValue(AnalysisKey, out var fingerprint) || fingerprint != analyzer.Fingerprint)
        {
            // Built by another analysis (or never): every document is rebuilt from SQLite.
            if (writer.NumDocs > 0 || generation > 0) writer.DeleteAll();
            generation = 0;
        }
        shared.BecomeWriter(writer, generation);
        shared.Dirty = true;
        return true;
    }

    /// <summary>The index's writer, or null while another process holds the write lock.</summary>
    IndexWriter? OpenWriter()
    {
        try
        {
            return new IndexWriter(shared.Directory, WriterConfig(OpenMode.CREATE_OR_APPEND));
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException)
        {
            // The index is derived from SQLite: a damaged one (a disk fault, files lost by hand) is
            // started anew and rebuilt from the records, never a reason for the archive not to open.
            // The lock is let go before the new writer takes it again.
            var emptied = LockAndEmpty(shared.Directory);
            if (emptied is null) return null;
            emptied.Dispose();
            try { return new IndexWriter(shared.Directory, WriterConfig(OpenMode.CREATE)); }
            catch (LockObtainFailedException) { return null; }
        }
    }

    /// <summary>
    /// Takes the index's write lock and deletes every other file of the index under it, so that no
    /// writer's files go; null when another process holds the lock. The caller disposes the lock
    /// when done. Readers keep the files they have open (POSIX unlink).
    /// </summary>
    internal static Lucene.Net.Store.Lock? LockAndEmpty(Directory directory)
    {
        var held = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!held.Obtain())
        {
            held.Dispose();
            return null;
        }
        foreach (var file in directory.ListAll())
            if (file != IndexWriter.WRITE_LOCK_NAME) directory.DeleteFile(file);
        return held;
    }

    static IndexWriterConfig WriterConfig(OpenMode mode) =>
        new(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        {
            OpenMode = mode,
            Similarity = Similarity,
            RAMBufferSizeMB = 48,
            WriteLockTimeout = 0,
            MergePolicy = new TieredMergePolicy { FloorSegmentMB = 16 },
        };

    /// <summary>Indexes the records written after the index's generation, up to <paramref name="upTo"/>, except those of generation <paramref name="excluding"/>.</summary>
    int CatchUpLocked(long excluding, long upTo, IProgress<int>? progress = null)
    {
        int done = 0;
        var generation = RecordsWritten.Read(database, shared.Generation, excluding, upTo, chunk =>
        {
            Index(chunk.Select(r => new IndexedDocument(r.RowId, r.Record, r.Links)).ToList());
            done += chunk.Count;
            progress?.Report(done);
        });
        if (generation > shared.Generation) shared.Generation = generation;
        shared.Dirty = true;
        return done;
    }

    /// <summary>
    /// Adds or replaces the documents, on every core: Lucene's writer analyzes and inverts documents
    /// of several threads at once, each into a segment of its own.
    /// </summary>
    void Index(IReadOnlyList<IndexedDocument> documents)
    {
        var writer = shared.Writer!;
        Parallel.ForEach(documents, OneThreadPerCore, d =>
        {
            if (d.IsNew) writer.AddDocument(RecordDocuments.Build(d, analyzer));
            else writer.UpdateDocument(RecordDocuments.KeyOf(d.RowId), RecordDocuments.Build(d, analyzer));
        });
    }

    /// <summary>
    /// No more indexing threads than cores. Uncapped, the loop took every thread the pool offered,
    /// and the pool adds threads while others wait (an import's other steps do). Lucene's writer
    /// keeps a buffer, and flushes a segment, for each thread that indexes at once (up to eight):
    /// more threads made smaller segments, more merging and more buffers. Capped at this machine's
    /// two cores, 200,000-record imports ran at 1,970-2,150 records/s instead of 1,830-1,880, and
    /// peaked at 300-340 MB instead of 364-377.
    /// </summary>
    static readonly ParallelOptions OneThreadPerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        lock (shared.Sync) Commit();
        shared.Release();
    }

    /// <summary>One index directory's writer and searchers, shared by every <see cref="ArchiveIndex"/> of it in this process.</summary>
    internal sealed class SharedIndex
    {
        static readonly Dictionary<string, SharedIndex> Open = [];

        public readonly System.Threading.Lock Sync = new();
        public string Path { get; }
        public Directory Directory { get; }
        public IndexWriter? Writer { get; private set; }
        public long Generation { get; set; }
        public bool Dirty { get; set; }
        public Stopwatch LastCommit { get; set; } = Stopwatch.StartNew();
        public Stopwatch LastWrite { get; } = Stopwatch.StartNew();
        public Stopwatch? LastTakeOverAttempt { get; set; }

        volatile SearcherManager? manager;
        int references;

        SharedIndex(string path)
        {
            Path = path;
            System.IO.Directory.CreateDirectory(path);
            Directory = new SearchMappedDirectory(new DirectoryInfo(path), new ExclusiveLockFactory(path));
        }

        public static SharedIndex Acquire(string path)
        {
            lock (Open)
            {
                if (!Open.TryGetValue(path, out var shared)) Open[path] = shared = new SharedIndex(path);
                shared.references++;
                return shared;
            }
        }

        public void Release()
        {
            lock (Open)
            {
                if (--references > 0) return;
                Open.Remove(Path);
            }
            lock (Sync)
            {
                manager?.Dispose();
                manager = null;
                Writer?.Dispose();
                Writer = null;
                Directory.Dispose();
            }
        }

        public void BecomeWriter(IndexWriter writer, long generation)
        {
            Writer = writer;
            Generation = generation;
            var old = manager;
            manager = new SearcherManager(writer, applyAllDeletes: true, new ArchiveSearcherFactory());
            old?.Dispose();
        }

        public void MaybeRefresh()
        {
            try
            {
                if (manager is null && Writer is null && DirectoryReader.IndexExists(Directory))
                {
                    lock (Sync) manager ??= new SearcherManager(Directory, new ArchiveSearcherFactory());
                }
                // Blocking: a search that comes while another thread reopens the reader waits for
                // that reader rather than taking the one before it, which may lack records whose
                // write ended before this search began (seconds of a bulk import's batches).
                manager?.MaybeRefreshBlocking();
            }
            catch (ObjectDisposedException) { } // replaced meanwhile by the writer's own manager
            // Another process's index that cannot be read yet (damaged, or being rebuilt by its
            // writer): searches keep what they have until the writer has made it whole.
            catch (IOException) { }
        }

        public SearcherLease Acquire()
        {
            while (true)
            {
                var m = manager;
                if (m is null) return new SearcherLease(null, null);
                try { return new SearcherLease(m, m.Acquire()); }
                catch (ObjectDisposedException) { } // replaced meanwhile: take the new one
            }
        }
    }

    sealed class ArchiveSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}

/// <summary>A searcher taken from the index's manager; disposing gives it back. Null searcher: no index yet.</summary>
public readonly struct SearcherLease(SearcherManager? manager, IndexSearcher? searcher) : IDisposable
{
    public IndexSearcher? Searcher => searcher;

    public void Dispose()
    {
        if (manager is not null && searcher is not null) manager.Release(searcher);
    }
}
