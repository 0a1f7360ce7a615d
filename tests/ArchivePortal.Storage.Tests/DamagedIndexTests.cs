using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Index;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>The index is derived from SQLite: whatever happens to its files, the records are found again.</summary>
public sealed class DamagedIndexTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "archive-damaged-" + Guid.NewGuid().ToString("N"));

    string Db => Path.Combine(dir, "archive.db");

    [Fact]
    public void A_damaged_index_is_rebuilt_from_the_records()
    {
        Directory.CreateDirectory(dir);
        using (var archive = Archive.Open(Db))
            archive.Store.Upsert([Record("1", "en", "Library week", "The library opened its archives."), Record("2", "en", "Museum", "A museum exhibition.")]);
        var index = ArchiveIndex.DefaultPathFor(Db);
        var segments = Directory.GetFiles(index, "segments_*");
        Assert.NotEmpty(segments);
        foreach (var f in segments) File.WriteAllBytes(f, [1, 2, 3, 4, 5, 6, 7, 8]);

        using var reopened = Archive.Open(Db);
        Assert.Equal(["1"], reopened.Index.Search(new SearchRequest { Query = "library" }).Hits.Select(h => h.Id));
        Assert.Equal(2, reopened.Index.Search(new SearchRequest { Query = "" }).Total);
    }

    [Fact]
    public void A_deleted_index_is_rebuilt_from_the_records()
    {
        Directory.CreateDirectory(dir);
        using (var archive = Archive.Open(Db))
            archive.Store.Upsert([Record("1", "vi", "Thư viện", "Thư viện Quốc gia Việt Nam")]);
        Directory.Delete(ArchiveIndex.DefaultPathFor(Db), recursive: true);

        using var reopened = Archive.Open(Db);
        Assert.Equal(["1"], reopened.Index.Search(new SearchRequest { Query = "thu vien" }).Hits.Select(h => h.Id));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
