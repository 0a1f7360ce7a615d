using System.Diagnostics;
using ArchivePortal.Storage.Index;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// One writer per index in the whole machine: two processes writing one Lucene index delete each
/// other's new files. Another process is played by util-linux <c>flock</c>, taking the lock file
/// the way .NET's FileShare modes do (shared for FileShare.Read, exclusive for FileShare.None).
/// </summary>
public sealed class WriteLockTests : IDisposable
{
    const int Conflict = 7;
    readonly string dir = Path.Combine(Path.GetTempPath(), "archive-lock-" + Guid.NewGuid().ToString("N"));

    string Db => Path.Combine(dir, "archive.db");
    string LockFile => Path.Combine(ArchiveIndex.DefaultPathFor(Db), "write.lock");

    [Theory]
    [InlineData("--shared")]
    [InlineData("--exclusive")]
    public void No_other_process_takes_the_write_lock_while_the_archive_writes(string mode)
    {
        Directory.CreateDirectory(dir);
        using (var archive = Archive.Open(Db))
        {
            archive.Store.Upsert([Record("1", "en", "Library week", "The library opened its archives.")]);
            Assert.True(archive.SearchIndex.IsWriter);
            Assert.Equal(Conflict, FlockExitCode(mode));
        }
        Assert.Equal(0, FlockExitCode(mode));
    }

    int FlockExitCode(string mode)
    {
        var start = new ProcessStartInfo("flock", ["--nonblock", "--conflict-exit-code", Conflict.ToString(), mode, LockFile, "true"]) { UseShellExecute = false };
        using var p = Process.Start(start)!;
        p.WaitForExit();
        return p.ExitCode;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
