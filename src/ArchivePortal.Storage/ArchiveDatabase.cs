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

    readonly string connectionString;

    ArchiveDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and migrates it.</summary>
    public static ArchiveDatabase Open(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var db = new ArchiveDatabase(path);
        using var c = db.Connect();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA journal_mode=WAL;";
            cmd.ExecuteNonQuery();
        }
        Migrations.Apply(c);
        return db;
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
        cmd.CommandText = "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-8000;";
        cmd.ExecuteNonQuery();
        return c;
    }
}
