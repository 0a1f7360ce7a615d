using System.Diagnostics;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Crawler.Tests;

/// <summary>The real `archive crawl` command in a child process, killed midway and started again.</summary>
public sealed class ResumeTests
{
    const int ExtraPages = 30;

    [Fact]
    public async Task A_crawl_killed_midway_completes_when_started_again_without_fetching_finished_pages_again()
    {
        await using var site = await TestSite.StartAsync(ExtraPages);
        var db = TestPaths.TempDatabase();
        string[] args =
        [
            "crawl", site.StartUrl.AbsoluteUri, "--db", db, "--delay", "50", "--concurrency", "2", "--timeout", "3000",
            "--retries", "2", "--retry-delay", "100", "--max-bytes", "1048576", "--contact", "https://archiveportal.test/bot",
        ];

        using (var first = Cli(args))
        {
            var deadline = Stopwatch.StartNew();
            while (site.Requests.Count(r => r.Path.StartsWith("/extra/", StringComparison.Ordinal)) < 5)
            {
                if (first.HasExited) Assert.Fail("the crawl finished before it could be killed: " + await first.StandardOutput.ReadToEndAsync() + await first.StandardError.ReadToEndAsync());
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the crawl made no progress");
                await Task.Delay(20);
            }
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            var output = await first.StandardOutput.ReadToEndAsync();
            Assert.False(output.Contains("fetched", StringComparison.Ordinal), "the crawl finished before it was killed: " + output);
        }

        var requestedBefore = site.Requests.ToList();
        var handled = Handled(db, site, requestedBefore);
        Assert.NotEmpty(handled);
        Assert.Contains(handled, h => h.Url.Contains("/extra/", StringComparison.Ordinal));

        using (var second = Cli(args))
        {
            var output = await second.StandardOutput.ReadToEndAsync();
            await second.WaitForExitAsync();
            Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync());
            Assert.StartsWith("resumed:", output.Split('\n').Single(l => l.Contains("fetched", StringComparison.Ordinal)));
            Assert.DoesNotContain("not finished", output);
        }

        var requestedAfter = site.Requests.Skip(requestedBefore.Count).Select(r => new Uri(site.BaseUri, r.Path + r.Query).AbsoluteUri).ToHashSet();
        Assert.All(handled, h => Assert.DoesNotContain(h.Url, requestedAfter));
        var archive = Archive.Open(db);
        Assert.Equal(ExpectedRecord.All().Count + ExtraPages, archive.Store.Count());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.StartsWith($"records: {ExpectedRecord.All().Count + ExtraPages}\n", await Output(Cli(["stats", "--db", db])));
        var report = (await Output(Cli(["crawl-report", "--db", db]))).Split('\n');
        foreach (var (path, code) in new[]
                 {
                     ("/news/missing.html", "not_found"), ("/loop/a", "redirect_loop"), ("/news/slow.html", "timeout"),
                     ("/news/big.html", "too_large"), ("/files/report.pdf", "unsupported_content_type"),
                 })
            Assert.Contains(report, line => line.StartsWith(new Uri(site.BaseUri, path).AbsoluteUri + "\t", StringComparison.Ordinal) && line.Split('\t')[2] == code);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(db)!, recursive: true);
    }

    static async Task<string> Output(Process process)
    {
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        process.Dispose();
        return output;
    }

    /// <summary>The URLs the killed crawl had finished (done, failed or skipped): the ones it must not fetch again.</summary>
    static List<CrawlUrlState> Handled(string db, TestSite site, IEnumerable<SiteRequest> requested)
    {
        var state = new CrawlStateStore(Archive.Open(db).Database);
        return requested.Select(r => new Uri(site.BaseUri, r.Path + r.Query).AbsoluteUri).Distinct()
            .Select(state.Get).OfType<CrawlUrlState>().Where(s => s.Status != CrawlUrlStatus.Queued).ToList();
    }

    static Process Cli(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.ArchiveDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
}
