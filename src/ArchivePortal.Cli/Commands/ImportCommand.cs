using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive import &lt;paths…&gt;</c>: reads files into the archive with a progress bar and a summary.</summary>
internal static class ImportCommand
{
    public static int Run(CliArguments cli)
    {
        if (cli.Positional.Count == 0) throw new CliUsageException("import needs at least one file or folder.");
        using var archive = ArchiveOpener.Open(cli);
        var report = Import(archive, cli.Positional, quiet: false);
        return report.Failures.Count > 0 && report.Summary.Added + report.Summary.Updated + report.Summary.Unchanged == 0 ? 1 : 0;
    }

    public static ImportReport Import(Archive archive, IReadOnlyList<string> paths, bool quiet)
    {
        var runner = new ImportRunner(archive.Store);
        ImportReport report = null!;
        if (quiet || Console.IsOutputRedirected)
        {
            report = runner.Run(paths);
        }
        else
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Importing", maxValue: 1);
                    report = runner.Run(paths, new Progress<ImportProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.BytesTotal);
                        task.Value = p.BytesDone;
                        task.Description = $"Importing ({p.RecordsRead:N0} records)";
                    }));
                    task.Value = task.MaxValue;
                });
        }
        Print(report, quiet);
        return report;
    }

    static void Print(ImportReport report, bool quiet)
    {
        foreach (var f in report.Failures)
            AnsiConsole.MarkupLineInterpolated($"[red]failed[/] {f.Origin}: {f.Reason}");
        var s = report.Summary;
        var line = $"added {s.Added}, updated {s.Updated}, unchanged {s.Unchanged}, failed {report.Failures.Count}";
        if (quiet) AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]");
        else AnsiConsole.WriteLine(line);
    }
}
