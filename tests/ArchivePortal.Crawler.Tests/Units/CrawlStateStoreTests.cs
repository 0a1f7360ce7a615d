using ArchivePortal.Storage;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Crawler.Tests.Units;

public sealed class CrawlStateStoreTests : IDisposable
{
    readonly string path = TestPaths.TempDatabase();
    readonly CrawlStateStore store;

    public CrawlStateStoreTests() => store = new CrawlStateStore(ArchiveDatabase.Open(path));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void An_unfinished_run_resumes_and_a_finished_one_requeues_its_hosts_keeping_validators()
    {
        var run = store.BeginRun("https://a/", ["a"]);
        Assert.False(run.Resumed);
        Assert.Equal(2, store.Enqueue([new("https://a/1", "a", 0), new("https://a/2", "a", 1), new("https://a/1", "a", 3)], run.Id));
        store.Save(store.Get("https://a/1")! with { Status = CrawlUrlStatus.Done, RunId = run.Id, ETag = "\"x\"", ContentHash = "h", RecordId = "r1" });
        Assert.Equal(["https://a/2"], store.Queued(["a"], 10, []).Select(q => q.Url));
        Assert.Empty(store.Queued(["a"], 10, ["https://a/2"]));
        Assert.Empty(store.Queued(["b"], 10, []));

        var again = store.BeginRun("https://a/", ["a"]);
        Assert.Equal((run.Id, true), (again.Id, again.Resumed));
        Assert.Equal(1, store.QueuedCount(["a"]));

        store.FinishRun(run.Id);
        var next = store.BeginRun("https://a/", ["a"]);
        Assert.False(next.Resumed);
        Assert.Equal(2, store.QueuedCount(["a"]));
        var first = store.Get("https://a/1")!;
        Assert.Equal((CrawlUrlStatus.Queued, "\"x\"", "r1", 0), (first.Status, first.ETag, first.RecordId, first.Depth));
        Assert.Equal("r1", store.RecordWithContentHash("h", "https://a/other"));
        Assert.Null(store.RecordWithContentHash("h", "https://a/1"));
    }

    [Fact]
    public void Failures_list_failed_and_skipped_urls_with_their_codes()
    {
        var run = store.BeginRun("https://a/", ["a"]);
        store.Enqueue([new("https://a/404", "a", 0), new("https://a/ok", "a", 0), new("https://a/pdf", "a", 0)], run.Id);
        store.Save(store.Get("https://a/404")! with { Status = CrawlUrlStatus.Failed, ErrorCode = "not_found", HttpStatus = 404, LastFetch = DateTimeOffset.UtcNow });
        store.Save(store.Get("https://a/pdf")! with { Status = CrawlUrlStatus.Skipped, ErrorCode = "unsupported_content_type" });
        store.Save(store.Get("https://a/ok")! with { Status = CrawlUrlStatus.Done });
        Assert.Equal(
            [("https://a/404", "failed", "not_found", (int?)404), ("https://a/pdf", "skipped", "unsupported_content_type", null)],
            store.Failures().Select(f => (f.Url, f.Status, f.ErrorCode, f.HttpStatus)));
    }
}
