using System.Globalization;
using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Storage.Crawling;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive crawl &lt;start-url…&gt;</c>: crawls sites into the archive with a live count of pages fetched, queued,
/// new, updated and failed. Ctrl+C stops taking new pages; the next run with the same URLs resumes.
/// </summary>
internal static class CrawlCommand
{
    /// <summary>The contact URL in the User-Agent: --contact, else this environment variable.</summary>
    const string ContactVariable = "Archive__Crawler__ContactUrl";

    public static int Run(CliArguments cli)
    {
        var starts = cli.Positional.Select(StartUrl).ToList();
        if (starts.Count == 0) throw new CliUsageException("crawl needs at least one start URL.");
        var options = Options(cli);
        if (options.ContactUrl is null)
            AnsiConsole.MarkupLine($"[yellow]No contact URL for the User-Agent: set --contact or ${ContactVariable}.[/]");

        using var intake = ArchiveOpener.TakeIntakeLock(cli);
        using var archive = ArchiveOpener.Open(cli);
        using var http = PageFetcher.CreateClient(options);
        var crawler = new Crawler(archive.Store, new CrawlStateStore(archive.Database), http, options);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

        CrawlSummary summary;
        if (Console.IsOutputRedirected)
            summary = crawler.RunAsync(starts, null, cancel.Token).GetAwaiter().GetResult();
        else
            summary = AnsiConsole.Status().Start("Crawling", ctx => crawler.RunAsync(starts,
                new Progress<CrawlProgress>(p => ctx.Status(
                    $"fetched {p.Fetched:N0} · queued {p.Queued:N0} · new {p.Added:N0} · updated {p.Updated:N0} · unchanged {p.Unchanged:N0} · failed {p.Failed:N0}")),
                cancel.Token).GetAwaiter().GetResult());

        Console.WriteLine(
            $"{(summary.Resumed ? "resumed" : "crawled")}: fetched {summary.Fetched}, not modified {summary.NotModified}, " +
            $"new {summary.Added}, updated {summary.Updated}, unchanged {summary.Unchanged}, duplicates {summary.Duplicates}, " +
            $"failed {summary.Failed}, skipped {summary.Skipped}, lists {summary.Listings}" +
            (summary.NotQueued > 0 ? $", not queued {summary.NotQueued} (the frontier was full)" : "") +
            (summary.Finished ? "" : " — not finished; run again to resume"));
        if (summary.Failed > 0) Console.WriteLine("archive crawl-report lists the failures.");
        return 0;
    }

    static Uri StartUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url : throw new CliUsageException($"“{text}” is not an http(s) URL.");

    static CrawlOptions Options(CliArguments cli)
    {
        var scope = cli.Option("scope") ?? "host";
        DateOnly? since = cli.Option("since") is { } s
            ? DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new CliUsageException($"--since takes a date like 2021-03-01, not “{s}”.")
            : null;
        var defaults = new CrawlOptions();
        return new CrawlOptions
        {
            Scope = scope switch
            {
                "host" => CrawlScopeKind.Host,
                "prefix" => CrawlScopeKind.Prefix,
                _ => throw new CliUsageException($"--scope is host or prefix, not “{scope}”."),
            },
            MaxPages = cli.IntOption("max-pages", defaults.MaxPages, min: 1),
            Delay = TimeSpan.FromMilliseconds(cli.IntOption("delay", (int)defaults.Delay.TotalMilliseconds, min: 0)),
            Concurrency = cli.IntOption("concurrency", defaults.Concurrency, min: 1, max: 64),
            Since = since,
            Timeout = TimeSpan.FromMilliseconds(cli.IntOption("timeout", (int)defaults.Timeout.TotalMilliseconds, min: 100)),
            MaxPageBytes = cli.IntOption("max-bytes", (int)defaults.MaxPageBytes, min: 1024),
            MaxRetries = cli.IntOption("retries", defaults.MaxRetries, min: 0, max: 10),
            RetryBaseDelay = TimeSpan.FromMilliseconds(cli.IntOption("retry-delay", (int)defaults.RetryBaseDelay.TotalMilliseconds, min: 0)),
            ContactUrl = cli.Option("contact") ?? Environment.GetEnvironmentVariable(ContactVariable),
        };
    }
}
