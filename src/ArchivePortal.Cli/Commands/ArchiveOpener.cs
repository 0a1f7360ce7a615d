using ArchivePortal.Ingest;
using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>Opens the archive for a command, re-indexing when the analysis version changed.</summary>
internal static class ArchiveOpener
{
    public static Archive Open(CliArguments cli) => Open(cli, cli.DatabasePath);

    /// <summary>
    /// Opens the archive at <paramref name="databasePath"/> (rather than the one the command line
    /// names); <paramref name="reindexIfStale"/> false leaves a stale index as it is (bench, which
    /// refuses a database with records anyway, must not rewrite one before refusing it).
    /// </summary>
    public static Archive Open(CliArguments cli, string databasePath, bool reindexIfStale = true)
    {
        var archive = Archive.Open(databasePath, log: m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"),
            authoritiesFolder: cli.Option("authorities"));
        if (reindexIfStale && archive.Store.NeedsReindex())
        {
            AnsiConsole.MarkupLine("[yellow]The index was built by another analysis version; re-indexing.[/]");
            ReindexCommand.Reindex(archive);
        }
        return archive;
    }

    /// <summary>
    /// Until the portal serves it, the first search on an empty default database imports the
    /// sample records in content/ so that a fresh clone answers at once.
    /// </summary>
    public static void ImportContentIfEmpty(Archive archive, CliArguments cli)
    {
        if (cli.Option("db") is not null || archive.Store.Count() > 0 || !Directory.Exists("content")) return;
        AnsiConsole.MarkupLine("[grey]The database is empty: importing content/ first.[/]");
        ImportCommand.Import(archive, ["content"], quiet: true);
    }
}
