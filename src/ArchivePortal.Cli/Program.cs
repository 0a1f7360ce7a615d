using ArchivePortal.Cli;
using ArchivePortal.Cli.Commands;
using Spectre.Console;

// The `archive` command: a thin shell over Storage, Ingest and Core. Each verb is one class.
var cli = CliArguments.Parse(args);
// Piped or redirected output is for scripts and files: plain text, no colour or cursor codes
// (Spectre.Console otherwise goes by $TERM alone).
if (Console.IsOutputRedirected)
{
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(Console.Out),
    });
    // Nor wrapping: a line read by a script is one line, however long (Spectre assumes 80 columns).
    AnsiConsole.Profile.Width = 100_000;
}
try
{
    VerbOptions.Check(cli);
    return cli.Verb switch
    {
        "import" => ImportCommand.Run(cli),
        "search" => SearchCommand.Run(cli),
        "eval" => EvalCommand.Run(cli),
        "stats" => StatsCommand.Run(cli),
        "reindex" => ReindexCommand.Run(cli),
        "authorities" => AuthoritiesCommand.Run(cli),
        "facets" => FacetsCommand.Run(cli),
        "bench" => BenchCommand.Run(cli),
        "load" => LoadCommand.Run(cli),
        "crawl" => CrawlCommand.Run(cli),
        "crawl-report" => CrawlReportCommand.Run(cli),
        "backup" => BackupCommand.Backup(cli),
        "restore" => BackupCommand.Restore(cli),
        "user" => UserCommand.Run(cli),
        "bulk-tag" => CurationCommand.BulkTag(cli),
        "revert" => CurationCommand.Revert(cli),
        "changes" => CurationCommand.Changes(cli),
        "saved" => SavedCommand.Run(cli),
        "digest" => DigestCommand.Run(cli).GetAwaiter().GetResult(),
        "" or "help" or "--help" or "-h" => Usage.Print(),
        _ => throw new CliUsageException($"Unknown command “{cli.Verb}”."),
    };
}
catch (ArchivePortal.Core.Authorities.AuthorityFileException e)
{
    // Checked before anything is written: the import has not started.
    AnsiConsole.MarkupLineInterpolated($"[red]Authority file error, nothing was imported: {e.Message}[/]");
    return 1;
}
catch (ArchivePortal.Storage.ArchiveDatabaseException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return 1;
}
catch (CliUsageException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
    Usage.Print();
    return 2;
}
