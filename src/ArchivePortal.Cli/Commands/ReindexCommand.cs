using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive reindex</c>: re-analyzes every record, after an analysis change.</summary>
internal static class ReindexCommand
{
    public static int Run(CliArguments cli)
    {
        using var intake = ArchiveOpener.TakeIntakeLock(cli);
        using var archive = ArchiveOpener.Open(cli, cli.DatabasePath, reindexIfStale: false);
        var n = Reindex(archive);
        AnsiConsole.WriteLine($"re-indexed {n} records");
        return 0;
    }

    public static int Reindex(Archive archive)
    {
        return CountedProgress.Run("Re-indexing", archive.Store.Count(), archive.Store.Reindex);
    }
}
