using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>Work over a known number of records with a progress bar on a terminal, and none when the output is piped.</summary>
internal static class CountedProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports how many records it has done; returns what it returns.</summary>
    public static int Run(string label, long total, Func<IProgress<int>?, int> work)
    {
        if (Console.IsOutputRedirected) return work(null);
        int done = 0;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: Math.Max(1, total));
            done = work(new Progress<int>(n => task.Value = n));
            task.Value = task.MaxValue;
        });
        return done;
    }
}
