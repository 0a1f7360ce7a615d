using ArchivePortal.Storage;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive backup &lt;file&gt; [--db FILE]</c>: a consistent copy of the database while the portal
/// runs. <c>archive restore &lt;file&gt; [--db FILE]</c>: puts a backup in the database's place (the
/// portal stopped) and rebuilds the search index from it.
/// </summary>
internal static class BackupCommand
{
    public static int Backup(CliArguments cli)
    {
        var target = Target(cli, "backup");
        try
        {
            var records = ArchiveBackup.Backup(cli.DatabasePath, target);
            var mb = new FileInfo(target).Length / 1048576.0;
            AnsiConsole.WriteLine($"backed up {records:N0} records ({mb:F1} MB) to {Path.GetFullPath(target)}");
            return 0;
        }
        catch (ArchiveBackupException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }

    public static int Restore(CliArguments cli)
    {
        var backup = Target(cli, "restore");
        long records;
        try
        {
            records = ArchiveBackup.Restore(backup, cli.DatabasePath);
        }
        catch (ArchiveBackupException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
        AnsiConsole.WriteLine($"restored {records:N0} records from {Path.GetFullPath(backup)} into {Path.GetFullPath(cli.DatabasePath)}; rebuilding the search index");
        using var archive = ArchiveOpener.Open(cli);
        int indexed = CountedProgress.Run("Indexing", records, archive.SearchIndex.CatchUp);
        AnsiConsole.WriteLine($"indexed {indexed:N0} records");
        return 0;
    }

    static string Target(CliArguments cli, string verb) => cli.Positional switch
    {
        [var file] => file,
        [] => throw new CliUsageException($"{verb} needs a file: archive {verb} <file>."),
        _ => throw new CliUsageException($"{verb} takes one file, not {cli.Positional.Count}."),
    };
}
