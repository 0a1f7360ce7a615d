using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// The write-ahead log stays bounded under load (issue 14, finding 14): while searches keep a
/// reader open at every moment, SQLite's own checkpoint never finishes and the log grew to 570 MB.
/// </summary>
public class WriteAheadLogTests
{
    [Fact]
    public async Task The_log_stays_near_its_limit_while_readers_never_stop()
    {
        using var t = new TempArchive();
        t.Archive.Database.WalLimitBytes = 256L << 10;
        using var stop = new CancellationTokenSource();
        // Two readers, each holding a snapshot 40 ms at a time, staggered: at every moment one reads.
        var readers = Enumerable.Range(0, 2).Select(n => Task.Run(async () =>
        {
            await Task.Delay(n * 20);
            while (!stop.IsCancellationRequested)
            {
                using var c = t.Archive.Database.Connect();
                using var tx = c.BeginTransaction(deferred: true);
                using var cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "SELECT count(*) FROM records";
                cmd.ExecuteScalar();
                Thread.Sleep(40);
                tx.Commit();
            }
        })).ToList();

        long largest = 0;
        var words = new Random(7);
        for (int batch = 0; batch < 25; batch++)
        {
            t.Archive.Store.Upsert(Enumerable.Range(0, 40).Select(i => TempArchive.Record($"r{batch}-{i}", "en", $"News {batch} {i}",
                string.Join(' ', Enumerable.Range(0, 300).Select(_ => $"w{words.Next(100_000)}")))).ToList());
            largest = Math.Max(largest, WalLength(t.DatabasePath));
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        var final = WalLength(t.DatabasePath);
        Assert.True(final <= 1L << 20, $"the log is {final:N0} bytes after the import (largest {largest:N0})");
    }

    [Fact]
    public void An_import_ends_with_its_log_folded_into_the_database()
    {
        using var t = new TempArchive();
        var batches = Enumerable.Range(0, 3).Select(b => (IReadOnlyList<Core.Records.ArchiveRecord>)Enumerable.Range(0, 30)
            .Select(i => TempArchive.Record($"r{b}-{i}", "en", $"News {b} {i}", $"Reading room {b} {i} reopens after repairs.")).ToList());
        // A connection stays open, as the portal's do: SQLite would otherwise delete the log itself on the last close.
        using var open = t.Archive.Database.Connect();
        t.Archive.Store.UpsertAll(batches);
        Assert.Equal(0, WalLength(t.DatabasePath));
        Assert.Equal(90, t.Archive.Store.Count());
    }

    /// <summary>The log's size; SQLite deletes the file when the last connection closes, which is an empty log.</summary>
    static long WalLength(string database) => new FileInfo(database + "-wal") is { Exists: true } wal ? wal.Length : 0;
}
