using ArchivePortal.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage;

/// <summary>
/// The one SQLite file that holds records, the full-text index and everything else.
/// WAL mode: one writer and many readers, and readers never wait for an import.
/// Each caller opens its own connection (pooled by Microsoft.Data.Sqlite).
/// </summary>
public sealed class ArchiveDatabase
{
    public string Path { get; }

    /// <summary>The dictionaries record bodies are compressed with (see <see cref="Records.BodyCodec"/>).</summary>
    public Records.BodyDictionaries Bodies { get; }

    /// <summary>
    /// The write-ahead log's size past which a writer checkpoints it (and truncates it) after its
    /// commit. SQLite's own checkpoint after each commit cannot finish while a reader is still on an
    /// older snapshot; under a steady load of searches one always is, and the log grew to 570 MB.
    /// </summary>
    internal long WalLimitBytes { get; set; } = 64L << 20;

    /// <summary>Pages each connection keeps cached, in KiB: with tens of connections under load, the cache is most of SQLite's memory.</summary>
    public const int CacheKib = 2048;

    /// <summary>Bytes per page of a new database.</summary>
    public const int PageSize = 8192;

    readonly string connectionString;

    ArchiveDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Bodies = new Records.BodyDictionaries(this);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and migrates it.</summary>
    /// <exception cref="ArchiveDatabaseException">The file is not an archive: another application's SQLite database, not SQLite at all, or damaged. Nothing was written to it.</exception>
    public static ArchiveDatabase Open(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        RecognizeBeforeWriting(System.IO.Path.GetFullPath(path));
        var db = new ArchiveDatabase(path);
        using var c = db.Connect();
        using (var cmd = c.CreateCommand())
        {
            // A new database gets 8 KiB pages (SQLite's default is 4): rows of mixed length fill them
            // a little better (about 3 MB of a 200,000-record database's 200). It takes effect only
            // before the first table is written, so an existing database keeps its page size.
            cmd.CommandText = $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=WAL;";
            cmd.ExecuteNonQuery();
        }
        Migrations.Apply(c);
        return db;
    }

    /// <summary>
    /// An existing file is written to (WAL mode, migrations) only when it is an archive or an empty
    /// SQLite database: a path mistyped onto another application's database must not change it.
    /// </summary>
    static void RecognizeBeforeWriting(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0) return;
        var header = new byte[16];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            if (stream.Read(header) < 16 || System.Text.Encoding.ASCII.GetString(header) != "SQLite format 3\0")
                throw new ArchiveDatabaseException($"{path} is not an SQLite database; the archive did not touch it.");
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            var tables = new List<string>();
            using (var r = cmd.ExecuteReader()) while (r.Read()) tables.Add(r.GetString(0));
            if (tables.Count > 0 && !tables.Contains("schema_version"))
                throw new ArchiveDatabaseException(
                    $"{path} is another application's SQLite database (tables: {string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : "")}); the archive did not touch it.");
        }
        catch (SqliteException e)
        {
            throw new ArchiveDatabaseException($"{path} cannot be read as a database ({e.Message}); restore a backup (archive restore).");
        }
    }

    /// <summary>A new open connection with the per-connection settings.</summary>
    public SqliteConnection Connect()
    {
        var c = new SqliteConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        // NORMAL is durable in WAL mode except for the last transactions on power loss; a
        // killed process loses nothing that was committed. No memory map: searches read only a
        // page's rows here (the index is Lucene's), and a map counts every page ever read (the
        // facts load reads the whole records table) in the process's resident memory.
        // journal_size_limit: a log that was reset is cut back to this size instead of keeping its largest.
        cmd.CommandText = $"PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-{CacheKib}; " +
                          $"PRAGMA journal_size_limit={WalLimitBytes};";
        cmd.ExecuteNonQuery();
        return c;
    }

    /// <summary>
    /// After a write: when the write-ahead log has grown past <see cref="WalLimitBytes"/>, copies it
    /// into the database and empties it, waiting (up to the busy timeout) for the readers of older
    /// snapshots to finish their current read, which takes milliseconds for a search.
    /// </summary>
    public void CheckpointWhenLarge()
    {
        var wal = new FileInfo(Path + "-wal");
        if (!wal.Exists || wal.Length <= WalLimitBytes) return;
        Checkpoint();
    }

    /// <summary>
    /// Copies the write-ahead log into the database and empties it, as far as readers allow: after a
    /// bulk write (an import), so that the log does not stay up to <see cref="WalLimitBytes"/> long
    /// beside a database that already holds most of its pages.
    /// </summary>
    public void Checkpoint()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        // A reader that takes longer (a facts load) is not waited for: the next write tries again.
        cmd.CommandText = "PRAGMA busy_timeout=2000; PRAGMA wal_checkpoint(TRUNCATE);";
        try { cmd.ExecuteNonQuery(); }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { } // SQLITE_BUSY, SQLITE_LOCKED
    }
}

/// <summary>A database file the archive will not open, with the reason in one line.</summary>
public sealed class ArchiveDatabaseException(string message) : Exception(message);
