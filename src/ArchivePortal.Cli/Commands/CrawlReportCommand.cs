using ArchivePortal.Storage.Crawling;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive crawl-report</c>: every URL whose last fetch failed or was skipped, with its stable error code.</summary>
internal static class CrawlReportCommand
{
    public static int Run(CliArguments cli)
    {
        using var archive = ArchiveOpener.OpenForReading(cli);
        var failures = new CrawlStateStore(archive.Database).Failures();
        Console.WriteLine($"failures: {failures.Count}");
        if (Console.IsOutputRedirected)
        {
            // One tab-separated line per URL, for grep and scripts.
            foreach (var f in failures)
                Console.WriteLine($"{f.Url}\t{f.Status}\t{f.ErrorCode}\t{f.HttpStatus?.ToString() ?? "-"}\t{f.Detail}");
            return 0;
        }
        var table = new Table().AddColumn("url").AddColumn("status").AddColumn("code").AddColumn("http").AddColumn("detail").AddColumn("last fetch");
        foreach (var f in failures)
            table.AddRow(Markup.Escape(f.Url), f.Status, Markup.Escape(f.ErrorCode), f.HttpStatus?.ToString() ?? "-",
                Markup.Escape(f.Detail ?? ""), f.LastFetch?.ToString("yyyy-MM-dd HH:mm:ss") ?? "-");
        AnsiConsole.Write(table);
        return 0;
    }
}
