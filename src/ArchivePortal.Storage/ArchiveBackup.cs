using ArchivePortal.Storage.Index;
using ArchivePortal.Storage.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage;

/// <summary>Why a backup or restore did not happen; nothing was changed.</summary>
public sealed class ArchiveBackupException(string message) : Exception(message);

/// <summary>
/// Backups of the archive: the one database file holds everything (records, authorities, crawl
/// state); the search index beside it is derived and rebuilt after a restore, so it is never copied.
/// </summary>
public static class ArchiveBackup
{
    /// <summary>
    /// Copies the database at <paramref name="databasePath"/> to <paramref name="target"/> with
    /// SQLite's online backup, consistent while the portal and imports write: one read transaction
    /// copies every page. The copy is written beside the target and renamed into place once it is
    /// whole and checked, so a failed backup never leaves a half-written file under the target's name.
    /// It is one self-contained file (no WAL beside it). Returns its number of records.
    /// </summary>
    public static long Backup(string databasePath, string target)
    {
        var source = Path.GetFullPath(databasePath);
        var destination = Path.GetFullPath(target);
        if (!File.Exists(source)) throw new ArchiveBackupException($"There is no database at {source}.");
        if (destination == source || destination.StartsWith(source + "-", StringComparison.Ordinal))
            throw new ArchiveBackupException($"{target} is the database itself (or one of its files): give another file.");
        if (Directory.Exists(destination)) throw new ArchiveBackupException($"{target} is a folder: give a file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);

        var partial = $"{destination}.partial-{Guid.NewGuid():N}";
        try
        {
            long records;
            using (var from = Connect(source, SqliteOpenMode.ReadOnly))
            using (var to = Connect(partial, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                to.Execute("PRAGMA journal_mode=DELETE");
                records = Check(to, target);
            }
            SqliteConnection.ClearAllPools();
            File.Move(partial, destination, overwrite: true);
            return records;
        }
        catch (SqliteException e)
        {
            throw new ArchiveBackupException($"The backup failed, nothing was written to {target}: {e.Message}");
        }
        finally
        {
            foreach (var f in new[] { partial, partial + "-journal" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    /// <summary>
    /// Replaces the archive at <paramref name="databasePath"/> with the backup in <paramref name="backupFile"/>,
    /// after checking that it is a sound ArchivePortal database this program can read. No other
    /// process may use the archive meanwhile: the index's write lock, which the portal and every
    /// import hold or wait for, is taken first, and the restore is refused while another holds it.
    /// The index is emptied before the database is replaced (so that a crash in between leaves an
    /// index to rebuild, never one that claims to hold records it does not); open the archive and
    /// catch the index up afterwards. The copy goes through SQLite's backup, one transaction: the
    /// database is the old one or the new one, never a mix. Returns the backup's number of records.
    /// </summary>
    public static long Restore(string backupFile, string databasePath, string? indexPath = null)
    {
        var backup = Path.GetFullPath(backupFile);
        var database = Path.GetFullPath(databasePath);
        if (!File.Exists(backup)) throw new ArchiveBackupException($"There is no backup file {backupFile}.");
        if (backup == database) throw new ArchiveBackupException($"{backupFile} is the database itself.");
        long records;
        try
        {
            using var from = Connect(backup, SqliteOpenMode.ReadOnly);
            records = Check(from, backupFile);
        }
        catch (SqliteException e)
        {
            throw new ArchiveBackupException($"{backupFile} is not a readable SQLite database ({e.Message}); the archive was not changed.");
        }

        var index = indexPath ?? ArchiveIndex.DefaultPathFor(database);
        Directory.CreateDirectory(index);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        using var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(index), new ExclusiveLockFactory(index));
        using var writeLock = ArchiveIndex.LockAndEmpty(directory)
            ?? throw new ArchiveBackupException("The archive is in use by another process (the portal, an import or a crawl): stop it, then restore.");
        try
        {
            using var from = Connect(backup, SqliteOpenMode.ReadOnly);
            using var to = Connect(database, SqliteOpenMode.ReadWriteCreate);
            from.BackupDatabase(to);
        }
        catch (SqliteException e)
        {
            throw new ArchiveBackupException($"The restore failed ({e.Message}); the database is as it was, and its index is rebuilt when it is opened.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
        return records;
    }

    /// <summary>Checks that <paramref name="c"/> is a sound ArchivePortal database of a version this program knows; returns its number of records.</summary>
    static long Check(SqliteConnection c, string name)
    {
        var check = c.ExecuteScalar<string>("PRAGMA quick_check");
        if (check != "ok") throw new ArchiveBackupException($"{name} is damaged: {check}");
        if (c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('records', 'schema_version')") != 2)
            throw new ArchiveBackupException($"{name} is not an ArchivePortal database (it has no records table).");
        var version = c.ExecuteScalar<int>("SELECT coalesce(max(version), 0) FROM schema_version");
        if (version > Migrations.Latest)
            throw new ArchiveBackupException($"{name} is at schema version {version}, newer than this program knows ({Migrations.Latest}): use a newer ArchivePortal.");
        return c.ExecuteScalar<long>("SELECT count(*) FROM records");
    }

    static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        c.Open();
        return c;
    }
}
