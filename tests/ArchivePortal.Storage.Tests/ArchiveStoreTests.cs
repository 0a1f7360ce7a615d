using ArchivePortal.Storage.Records;
using Microsoft.Data.Sqlite;
using static ArchivePortal.Storage.Tests.TempArchive;

namespace ArchivePortal.Storage.Tests;

public class ArchiveStoreTests
{
    [Fact]
    public void Reimporting_unchanged_records_does_nothing_and_a_changed_one_is_updated()
    {
        using var t = new TempArchive();
        var a = Record("a", "en", "Library opens", "The new library opens in May.");
        var b = Record("b", "en", "Archive closes", "The old archive shuts down.");
        Assert.Equal(new UpsertSummary(2, 0, 0), t.Archive.Store.Upsert([a, b]));
        Assert.Equal(new UpsertSummary(0, 0, 2), t.Archive.Store.Upsert([a, b]));

        var changed = b with { Body = "The old archive reopens as a museum." };
        Assert.Equal(new UpsertSummary(0, 1, 1), t.Archive.Store.Upsert([a, changed]));
        Assert.Equal(2, t.Archive.Store.Count());
        Assert.Equal(["b"], t.Ids("museum"));
        Assert.Empty(t.Ids("shuts"));
    }

    [Fact]
    public void A_record_reads_back_as_it_was_written()
    {
        using var t = new TempArchive();
        var r = Record("x", "vi", "Hội nghị", "Nội dung", "2022-12-26", "Thư viện Quốc gia Việt Nam", "meeting", ["Kiều Thúy Nga"]);
        t.Archive.Store.Upsert([r]);
        var stored = t.Archive.Store.Get("x")!.Record;
        Assert.Equal(r.Title, stored.Title);
        Assert.Equal(r.Date, stored.Date);
        Assert.Equal(r.Institution, stored.Institution);
        Assert.Equal(["Kiều Thúy Nga"], stored.Persons);
        Assert.Null(t.Archive.Store.Get("missing"));
    }

    [Fact]
    public void Stats_count_languages_years_and_types()
    {
        using var t = new TempArchive().With(
            Record("1", "en", "a", "b", "2020-01-01"), Record("2", "en", "a", "b", "2021-01-01", type: "meeting"),
            Record("3", "zh", "会议", "内容", "2021-05-01"));
        var s = t.Archive.Store.Stats();
        Assert.Equal(3, s.Records);
        Assert.Contains(("en", 2), s.Languages);
        Assert.Contains(("2021", 2), s.Years);
        Assert.Contains(("meeting", 1), s.Types);
    }

    [Fact]
    public void The_database_is_in_wal_mode_and_passes_integrity_check()
    {
        using var t = new TempArchive().With(Record("1", "en", "a", "b"));
        using var c = t.Archive.Database.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", cmd.ExecuteScalar());
    }

    [Fact]
    public void Reopening_a_database_keeps_its_records_and_schema_version()
    {
        using var t = new TempArchive().With(Record("1", "en", "Library", "Body text"));
        var again = Archive.Open(t.DatabasePath);
        Assert.Equal(1, again.Store.Count());
        Assert.False(again.Store.NeedsReindex());
        Assert.Equal(["1"], again.Index.Search(new() { Query = "library" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Reindex_refiles_every_record_after_an_analysis_change()
    {
        using var t = new TempArchive().With(Record("1", "en", "Library", "Digitization of rare books"));
        using (var c = t.Archive.Database.Connect())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "UPDATE meta SET value='0' WHERE key='analysis_version'";
            cmd.ExecuteNonQuery();
        }
        Assert.True(t.Archive.Store.NeedsReindex());
        Assert.Equal(1, t.Archive.Store.Reindex());
        Assert.False(t.Archive.Store.NeedsReindex());
        Assert.Equal(["1"], t.Ids("digitized"));
    }
}
