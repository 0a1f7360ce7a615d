using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive import &lt;paths…&gt;</c>: reads files into the archive with a progress bar and a summary.
/// Exit code 0 when every file was read, 3 when some failed (the rest are in), 1 when none was read.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Some files failed and the others were imported: scripts must notice, and must not retry what is in.</summary>
    public const int PartialFailure = 3;

    public static int Run(CliArguments cli)
    {
        if (cli.Positional.Count == 0) throw new CliUsageException("import needs at least one file or folder.");
        using var intake = ArchiveOpener.TakeIntakeLock(cli);
        using var archive = ArchiveOpener.Open(cli);
        var report = Import(archive, cli.Positional, quiet: false);
        if (report.Failures.Count == 0) return 0;
        return report.Summary.Added + report.Summary.Updated + report.Summary.Unchanged == 0 ? 1 : PartialFailure;
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
            AnsiConsole.MarkupLineInterpolated($"[red]failed[/] {f.ToString()}"); // ToString: only string arguments are escaped
        foreach (var d in report.Duplicates)
            AnsiConsole.MarkupLineInterpolated($"[yellow]duplicate[/] {d.ToString()}");
        var s = report.Summary;
        var line = $"added {s.Added}, updated {s.Updated}, unchanged {s.Unchanged}, failed {report.Failures.Count}, duplicates {report.Duplicates.Count}";
        if (quiet) AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]");
        else AnsiConsole.WriteLine(line);
    }
}
