using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive stats</c>: how many records, per language, year and type.</summary>
internal static class StatsCommand
{
    public static int Run(CliArguments cli)
    {
        using var archive = ArchiveOpener.OpenForReading(cli);
        var stats = archive.Store.Stats();
        Console.WriteLine($"records: {stats.Records}");
        foreach (var (title, rows) in new[] { ("language", stats.Languages), ("year", stats.Years), ("type", stats.Types) })
        {
            var table = new Table().AddColumn(title).AddColumn(new TableColumn("records").RightAligned());
            foreach (var (value, count) in rows) table.AddRow(Markup.Escape(value), count.ToString("N0"));
            AnsiConsole.Write(table);
        }
        return 0;
    }
}
