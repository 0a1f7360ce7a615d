using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive reindex</c>: re-analyzes every record, after an analysis change.</summary>
internal static class ReindexCommand
{
    public static int Run(CliArguments cli)
    {
        using var archive = Storage.Archive.Open(cli.DatabasePath);
        var n = Reindex(archive);
        AnsiConsole.WriteLine($"re-indexed {n} records");
        return 0;
    }

    public static int Reindex(Archive archive)
    {
        int total = archive.Store.Count();
        int done = 0;
        if (Console.IsOutputRedirected) return archive.Store.Reindex();
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Re-indexing", maxValue: Math.Max(1, total));
            done = archive.Store.Reindex(new Progress<int>(n => task.Value = n));
            task.Value = task.MaxValue;
        });
        return done;
    }
}
