using ArchivePortal.Cli;
using ArchivePortal.Cli.Commands;
using Spectre.Console;

// The `archive` command: a thin shell over Storage, Ingest and Core. Each verb is one class.
var cli = CliArguments.Parse(args);
try
{
    return cli.Verb switch
    {
        "import" => ImportCommand.Run(cli),
        "search" => SearchCommand.Run(cli),
        "eval" => EvalCommand.Run(cli),
        "stats" => StatsCommand.Run(cli),
        "reindex" => ReindexCommand.Run(cli),
        "crawl" => CrawlCommand.Run(cli),
        "crawl-report" => CrawlReportCommand.Run(cli),
        "" or "help" or "--help" or "-h" => Usage.Print(),
        _ => throw new CliUsageException($"Unknown command “{cli.Verb}”."),
    };
}
catch (CliUsageException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
    Usage.Print();
    return 2;
}
