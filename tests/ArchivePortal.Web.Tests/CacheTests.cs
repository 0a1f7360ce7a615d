using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace ArchivePortal.Web.Tests;

/// <summary>Pages come from the output cache until an import changes the archive (a fresh app per test).</summary>
public sealed class CacheTests : IDisposable
{
    readonly PortalApp app = new();

    [Fact]
    public async Task An_import_evicts_cached_pages()
    {
        var client = app.Client();
        var first = await client.GetAsync("/search?q=zebrafish");
        Assert.Contains("No records found", await first.Content.ReadAsStringAsync());
        var cached = await client.GetAsync("/search?q=zebrafish");
        Assert.NotNull(cached.Headers.Age); // served from the cache

        var folder = Path.Combine(app.Folder, "incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "zebra.md"),
            "---\nid: zebra\ntitle: Zebrafish exhibition opens\nlang: en\ndate: 2023-04-01\n---\nThe library opens a zebrafish exhibition.\n");
        await app.Services.GetRequiredService<PortalImporter>().ImportAsync([folder]);

        var fresh = await client.GetAsync("/search?q=zebrafish");
        Assert.Null(fresh.Headers.Age);
        Assert.Equal("Zebrafish exhibition opens", Html.Parse(await fresh.Content.ReadAsStringAsync()).Text("article.hit h3"));
    }

    [Fact]
    public async Task Cache_varies_by_ui_language()
    {
        var en = await app.Client("en").GetStringAsync("/");
        var zh = await app.Client("zh-CN,zh;q=0.9").GetStringAsync("/");
        Assert.Contains("Newest records", en);
        Assert.Contains("最新记录", zh);
    }

    [Fact]
    public async Task An_import_by_another_process_is_noticed_through_the_generation_stamp()
    {
        var client = app.Client();
        await client.GetAsync("/search?q=okapi");
        Assert.NotNull((await client.GetAsync("/search?q=okapi")).Headers.Age);

        // Another Archive over the same file stands for the CLI in another process.
        Archive.Open(app.DatabasePath).Store.Upsert([new ArchiveRecord
        {
            Id = "okapi", Title = "Okapi archives digitized", Body = "The okapi collection was digitized.", Language = "en",
        }]);
        await Task.Delay(1100); // the stamp is looked at most once a second

        var fresh = await client.PageAsync("/search?q=okapi");
        Assert.Equal("Okapi archives digitized", fresh.Text("article.hit h3"));
    }

    public void Dispose() => app.Dispose();
}
