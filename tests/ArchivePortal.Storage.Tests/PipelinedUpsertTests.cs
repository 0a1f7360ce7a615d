using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Records;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// UpsertAll prepares a batch while the one before is written: what it stores is what Upsert
/// called batch by batch stores, also when a record comes again in the next batch, and a batch
/// that was being written when reading failed is committed before the failure is reported.
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
