using System.Diagnostics;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

/// <summary>`archive backup` while the archive is in use, and `archive restore` with the index rebuilt, as child processes.</summary>
public class BackupRestoreTests
{
    static ArchiveRecord Record(string id, string title, string body) => new() { Id = id, Language = "en", Title = title, Body = body, Type = "news" };

    static readonly ArchiveRecord[] Two =
    [
        Record("a", "Reading room reopens", "The reading room of the provincial library reopened after repairs."),
        Record("b", "Rare books digitized", "Five hundred rare books were digitized this spring."),
    ];

    static (int Code, string Output) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout + stderr.Result);
    }

    /// <summary>An archive of <see cref="Two"/> in <paramref name="dir"/> and a backup of it beside it.</summary>
    static (string Db, string Copy) TwoRecordsBackedUp(TempDirectory dir)
    {
        var db = dir.File("archive.db");
        var copy = dir.File("copy.db");
        using (var archive = Archive.Open(db)) archive.Store.Upsert(Two);
        var (code, output) = Run("backup", copy, "--db", db);
        Assert.True(code == 0, output);
        return (db, copy);
    }

    static List<string> Ids(string db, string query)
    {
        using var archive = Archive.Open(db);
        return archive.Index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).ToList();
    }

    [Fact]
    public void A_backup_taken_while_the_archive_is_written_holds_every_record_in_one_file()
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");
        var copy = dir.File("backups/2026/archive-copy.db");
        using (var open = Archive.Open(db))
        {
            open.Store.Upsert(Two);
            var (code, output) = Run("backup", copy, "--db", db);
            Assert.True(code == 0, output);
            Assert.Contains("backed up 2 records", output);
        }
        Assert.True(File.Exists(copy));
        Assert.False(File.Exists(copy + "-wal"), "the copy stands alone, without a WAL file");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(copy)!, "*.partial-*"));
        Assert.Equal(["b"], Ids(copy, "rare books"));
    }

    [Fact]
    public void Restore_puts_the_backup_in_place_and_rebuilds_the_index_from_it()
    {
        using var dir = new TempDirectory();
        var (db, copy) = TwoRecordsBackedUp(dir);
        using (var archive = Archive.Open(db))
            archive.Store.Upsert([Record("a", "Reading room closes", "The reading room closed for the summer."), Record("c", "Exhibition of maps", "Old maps were shown.")]);
        Assert.Equal(["c"], Ids(db, "maps"));
        SqliteConnection.ClearAllPools();

        var (code, output) = Run("restore", copy, "--db", db);
        Assert.True(code == 0, output);
        Assert.Contains("restored 2 records", output);
        Assert.Contains("indexed 2 records", output);
        Assert.Empty(Ids(db, "maps"));
        Assert.Equal(["a"], Ids(db, "reopened"));
        Assert.Empty(Ids(db, "closed summer"));
    }

    [Fact]
    public void Restore_is_refused_while_another_process_uses_the_archive()
    {
        using var dir = new TempDirectory();
        var (db, copy) = TwoRecordsBackedUp(dir);

        using var portal = Archive.Open(db); // holds the index's write lock, as a running portal does
        portal.Store.Upsert([Record("c", "Exhibition of maps", "Old maps were shown.")]);
        var (code, output) = Run("restore", copy, "--db", db);
        Assert.Equal(1, code);
        Assert.Contains("in use by another process", output);
        Assert.Equal(["c"], portal.Index.Search(new SearchRequest { Query = "maps" }).Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("other-database")]
    public void A_file_that_is_not_an_archive_backup_is_refused_and_the_archive_kept(string kind)
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");
        using (var archive = Archive.Open(db)) archive.Store.Upsert(Two);
        var bad = dir.File("bad.db");
        if (kind == "garbage") File.WriteAllText(bad, "this is not a database, just text that is long enough to look like a header of something");
        else
        {
            using var c = new SqliteConnection($"Data Source={bad};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello');";
            cmd.ExecuteNonQuery();
        }

        var (code, output) = Run("restore", bad, "--db", db);
        Assert.Equal(1, code);
        Assert.Contains(kind == "garbage" ? "not a readable SQLite database" : "not an ArchivePortal database", output);
        Assert.Equal(["b"], Ids(db, "rare books"));
    }

    [Fact]
    public void Backup_refuses_to_write_over_the_database_itself()
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");
        using (var archive = Archive.Open(db)) archive.Store.Upsert(Two);
        var (code, output) = Run("backup", db, "--db", db);
        Assert.Equal(1, code);
        Assert.Contains("is the database itself", output);
        Assert.Equal(["b"], Ids(db, "rare books"));
    }
}
