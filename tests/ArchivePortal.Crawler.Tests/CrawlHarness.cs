using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Crawling;

namespace ArchivePortal.Crawler.Tests;

/// <summary>An archive in a temporary file and a crawler over it, with short delays and timeouts for tests.</summary>
public sealed class CrawlHarness : IDisposable
{
    public static readonly CrawlOptions Options = new()
    {
        Delay = TimeSpan.FromMilliseconds(50),
        Concurrency = 2,
        Timeout = TimeSpan.FromSeconds(2), // the slow page sleeps 10 s; a loaded test machine still answers others within 2 s
        MaxPageBytes = 1024 * 1024,
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        ContactUrl = "https://archiveportal.test/bot",
    };

    public string DatabasePath { get; } = TestPaths.TempDatabase();

    public Archive Archive { get; }

    public CrawlStateStore State { get; }

    readonly HttpClient http = PageFetcher.CreateClient(Options);

    public CrawlHarness()
    {
        Archive = Archive.Open(DatabasePath);
        State = new CrawlStateStore(Archive.Database);
    }

    public Task<CrawlSummary> CrawlAsync(TestSite site, CrawlOptions? options = null) =>
        new Ingest.Crawling.Crawler(Archive.Store, State, http, options ?? Options).RunAsync([site.StartUrl]);

    /// <summary>Crawls from <paramref name="paths"/> of the site instead of its news index.</summary>
    public Task<CrawlSummary> CrawlAsync(TestSite site, CrawlOptions options, params string[] paths) =>
        new Ingest.Crawling.Crawler(Archive.Store, State, http, options).RunAsync([.. paths.Select(p => new Uri(site.BaseUri, p))]);

    public void Dispose()
    {
        http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true); } catch (IOException) { }
    }
}
