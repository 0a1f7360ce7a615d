using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// Opens the archive for a command. A command that writes rebuilds an index made by another
/// analysis version first; one that only reads never writes: it says the index is stale and
/// goes on. Neither rebuilds with fewer authorities than the archive was built with.
/// </summary>
internal static class ArchiveOpener
{
    /// <summary>For a command that writes (import, crawl, curation, digests); creates the database when missing.</summary>
    public static Archive Open(CliArguments cli) => Open(cli, cli.DatabasePath);

    /// <summary>
    /// Opens the archive at <paramref name="databasePath"/> (rather than the one the command line
    /// names); <paramref name="reindexIfStale"/> false leaves a stale index as it is (bench, which
    /// refuses a database with records anyway, must not rewrite one before refusing it).
    /// </summary>
    /// <exception cref="ArchiveDatabaseException">Re-indexing would lose authorities; the reason says what to do.</exception>
    public static Archive Open(CliArguments cli, string databasePath, bool reindexIfStale = true)
    {
        var archive = OpenArchive(cli, databasePath);
        if (reindexIfStale && archive.Store.NeedsReindex())
        {
            if (archive.ReasonNotToReindex() is { } reason)
            {
                archive.Dispose();
                throw new ArchiveDatabaseException(reason);
            }
            AnsiConsole.MarkupLine("[yellow]The index was built by another analysis version; re-indexing.[/]");
            ReindexCommand.Reindex(archive);
        }
        return archive;
    }

    /// <summary>
    /// For a command that only reads (search, stats, facets, reports): the database must exist, and
    /// a stale index is used as it is, with a warning on standard error.
    /// </summary>
    /// <exception cref="ArchiveDatabaseException">There is no database at the path.</exception>
    public static Archive OpenForReading(CliArguments cli)
    {
        var path = cli.DatabasePath;
        if (!File.Exists(path))
            throw new ArchiveDatabaseException(
                $"There is no archive at {path}: import records first (archive import <folder>), or name the database with --db.");
        var archive = OpenArchive(cli, path);
        if (archive.Store.NeedsReindex())
            Console.Error.WriteLine("The index was built by another analysis version; results may be incomplete until `archive reindex` runs.");
        return archive;
    }

    /// <summary>
    /// Waits, saying so, until no other import, crawl or reindex writes to the archive; taken before
    /// the archive is opened, so that this run starts from all the other one wrote.
    /// </summary>
    public static IntakeLock TakeIntakeLock(CliArguments cli) =>
        IntakeLock.Acquire(cli.DatabasePath, waiting: m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"));

    static Archive OpenArchive(CliArguments cli, string databasePath) =>
        Archive.Open(databasePath, log: m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"),
            authoritiesFolder: cli.AuthoritiesFolder, defaultAuthorities: ArchiveHome.Resolve(Archive.DefaultAuthorities));
}
