using ArchivePortal.Core.Search;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>A search that begins after a write has ended finds that write's records, whatever other searches run beside it.</summary>
public class ReadYourWritesTests
{
    [Fact]
    public void Searches_side_by_side_after_an_import_all_find_every_imported_record()
    {
        const int n = 3000;
        using var t = new TempArchive();
        // Batches in quick succession, as an import writes them: the index is not committed between them.
        foreach (var batch in Enumerable.Range(0, n).Chunk(200))
            t.Archive.Store.Upsert([.. batch.Select(i => Record($"r{i}", "en", $"Report {i}", $"The quarterly report number {i} of the reading room."))]);

        var totals = new int[8];
        Parallel.For(0, totals.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) },
            i => totals[i] = t.Archive.Index.Search(new SearchRequest { Query = "quarterly" }).Total);
        Assert.All(totals, total => Assert.Equal(n, total));
    }
}
