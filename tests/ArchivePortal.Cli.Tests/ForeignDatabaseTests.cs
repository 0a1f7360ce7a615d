using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Cli.Tests;

/// <summary>
/// --db pointing at a file that is not an archive (issue 14, finding 13): another application's
/// SQLite database is left byte for byte as it was, and a damaged or foreign file gets one line.
/// </summary>
public class ForeignDatabaseTests
{
    [Fact]
    public async Task Another_applications_sqlite_database_is_refused_and_left_unchanged()
    {
        using var dir = new TempDirectory();
        var path = dir.File("customers.db");
        using (var c = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('Ada');";
            cmd.ExecuteNonQuery();
        }
        var before = SHA256.HashData(await File.ReadAllBytesAsync(path));

        var (code, output) = await ArchiveCli.RunAsync("stats", "--db", path);

        Assert.Equal(1, code);
        Assert.Contains("another application's SQLite database (tables: customers)", output);
        Assert.DoesNotContain("   at ", output); // no stack trace
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(path)));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gets_one_line_and_no_stack_trace()
    {
        using var dir = new TempDirectory();
        var path = dir.File("notes.db");
        await File.WriteAllTextAsync(path, "These are my notes, not a database.");

        var (code, output) = await ArchiveCli.RunAsync("search", "library", "--db", path);

        Assert.Equal(1, code);
        Assert.Contains("is not an SQLite database", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal("These are my notes, not a database.", await File.ReadAllTextAsync(path));
    }
}
