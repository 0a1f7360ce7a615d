using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Records;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// UpsertAll prepares a batch while the one before is in its transaction and the one before that
/// is indexed: what it stores and indexes is what Upsert called batch by batch does, also when a
/// record comes again in a later batch, and the batches in flight when reading failed are committed
/// and indexed before the failure is reported.
/// </summary>
public class PipelinedUpsertTests
{
    static IReadOnlyList<ArchiveRecord> Batch(int from, int count) =>
        Enumerable.Range(from, count).Select(i => Record($"r{i}", "en", $"Reading room {i} reopens", $"Reading room number {i} reopens after repairs.")).ToList();

    [Fact]
    public void Batches_are_stored_as_one_by_one_and_each_is_reported_once_committed()
    {
        using var t = new TempArchive();
        var reported = new List<UpsertSummary>();
        var total = t.Archive.Store.UpsertAll([Batch(0, 5), Batch(5, 5), Batch(10, 3)], reported.Add);
        Assert.Equal(new UpsertSummary(13, 0, 0), total);
        Assert.Equal([new UpsertSummary(5, 0, 0), new UpsertSummary(5, 0, 0), new UpsertSummary(3, 0, 0)], reported);
        Assert.Equal(13, t.Archive.Store.Count());
        Assert.Equal(["r12"], t.Ids("\"room 12\""));
    }

    [Fact]
    public void A_write_whose_records_a_catch_up_already_indexed_does_not_add_them_again()
    {
        using var t = new TempArchive();
        t.Archive.Store.Upsert(Batch(0, 3));
        long generation, rowId;
        using (var c = t.Archive.Database.Connect())
        {
            generation = AuthorityRows.Generation(c);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT rowid FROM records WHERE id = 'r1'";
            rowId = (long)cmd.ExecuteScalar()!;
        }
        // As when the portal's follower caught the index up between a batch's commit and the
        // batch's own indexing: the write then reports records the index already holds.
        t.Archive.SearchIndex.Written(generation, [new Index.IndexedDocument(rowId, Batch(1, 1)[0], Core.Authorities.RecordAuthorities.None) { IsNew = true }]);
        Assert.Equal(["r1"], t.Ids("\"room 1\""));
        Assert.Equal(3, t.Archive.Index.Search(new Core.Search.SearchRequest { Query = "reopens", Limit = 0 }).Total);
    }

    [Fact]
    public void A_bulk_load_of_most_of_the_index_leaves_it_one_segment_and_a_small_one_does_not_rewrite_it()
    {
        using var t = new TempArchive();
        // A commit after each batch flushes it as a segment of its own, as a long import's commits do.
        void Commit(UpsertSummary _) => t.Archive.SearchIndex.Commit();
        t.Archive.Store.UpsertAll([Batch(0, 700), Batch(700, 700), Batch(1400, 700)], Commit);
        Assert.Equal(1, Segments(t));
        t.Archive.Store.UpsertAll([Batch(2100, 500), Batch(2600, 500)], Commit); // a third of the index
        Assert.True(Segments(t) > 1, "a load of a third of the index merged it whole");
        Assert.Equal(["r2950"], t.Ids("\"room 2950\""));
        Assert.Equal(3100, t.Archive.Index.Search(new Core.Search.SearchRequest { Query = "reopens", Limit = 0 }).Total);
    }

    static int Segments(TempArchive t)
    {
        t.Ids("reopens"); // a search brings the searcher up to date
        using var lease = t.Archive.SearchIndex.Acquire();
        return lease.Searcher!.IndexReader.Leaves.Count;
    }

    [Fact]
    public void A_record_of_the_batch_being_written_is_updated_by_the_next_batch()
    {
        using var t = new TempArchive();
        var first = Batch(0, 3);
        var again = new[] { first[1] with { Body = "Reading room number 1 becomes a map library." } };
        var total = t.Archive.Store.UpsertAll([first, again]);
        Assert.Equal(new UpsertSummary(3, 1, 0), total);
        Assert.Equal(3, t.Archive.Store.Count());
        Assert.Equal(["r1"], t.Ids("map"));
    }

    [Fact]
    public void A_record_of_a_batch_still_being_indexed_is_replaced_by_a_later_batch_not_added_again()
    {
        using var t = new TempArchive();
        var first = Batch(0, 3);
        var again = new[] { first[1] with { Body = "Reading room number 1 becomes a map library." } };
        var total = t.Archive.Store.UpsertAll([first, Batch(3, 3), again]);
        Assert.Equal(new UpsertSummary(6, 1, 0), total);
        Assert.Equal(["r1"], t.Ids("map"));
        // The old text of r1 is gone from the index: one document per record.
        Assert.Equal(5, t.Archive.Index.Search(new Core.Search.SearchRequest { Query = "repairs", Limit = 0 }).Total);
    }

    [Fact]
    public void When_reading_fails_the_batches_before_are_committed()
    {
        using var t = new TempArchive();
        IEnumerable<IReadOnlyList<ArchiveRecord>> Failing()
        {
            yield return Batch(0, 4);
            yield return Batch(4, 4);
            throw new InvalidDataException("the third batch cannot be read");
        }
        Assert.Throws<InvalidDataException>(() => t.Archive.Store.UpsertAll(Failing()));
        Assert.Equal(8, t.Archive.Store.Count());
        Assert.Equal(["r7"], t.Ids("\"room 7\""));
    }
}
