using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Curation;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Archivists' corrections over a real database and index: seen by search and facets at once,
/// audited, revertible, kept across re-imports of the same or a changed source, and never lost to
/// a concurrent edit.
/// </summary>
public sealed class CurationTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "curation-tests-" + Guid.NewGuid().ToString("N"));
    readonly Archive archive;

    public CurationTests()
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "topics.yml"), """
            - id: digitization
              labels: {zh: 数字化, en: Digitization, vi: Số hóa}
              signals:
                en: [digitization, digitized]
            - id: reading-promotion
              labels: {zh: 阅读推广, en: Reading promotion, vi: Phát triển văn hóa đọc}
              signals:
                en: [reading promotion, reading month]
            """);
        File.WriteAllText(Path.Combine(authorities, "institutions.yml"), """
            - id: city-library
              labels: {zh: 市图书馆, en: City Library, vi: Thư viện Thành phố}
              aliases: [City Library]
            """);
        archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
        archive.Store.Upsert([Source, Other]);
    }

    static readonly ArchiveRecord Source = new()
    {
        Id = "rec-1", Language = "en", Type = "news", Date = new DateOnly(2021, 4, 23),
        Title = "City Library opens its reading month",
        Body = "The City Library opened its reading month with talks for children and families.",
    };

    static readonly ArchiveRecord Other = new()
    {
        Id = "rec-2", Language = "en", Type = "news", Date = new DateOnly(2021, 5, 2),
        Title = "Newspapers digitized", Body = "The archive digitized its newspapers of the 1950s.",
    };

    RecordCuration Curation => archive.Curation;

    int TopicCount(string topic) =>
        archive.Index.Search(new SearchRequest { Limit = 10 }).Facets[FacetNames.Topic].FirstOrDefault(v => v.Value == topic)?.Count ?? 0;

    List<string> WithTopic(string topic) =>
        archive.Index.Search(new SearchRequest { Filters = [new QueryFilter(FilterFields.Topic, topic)], Limit = 10 }).Hits.Select(h => h.Id).ToList();

    List<string> Ids(string query) => archive.Index.Search(new SearchRequest { Query = query, Limit = 10 }).Hits.Select(h => h.Id).ToList();

    static LinkEdit AddTopic(string id) => new("topic", id, Add: true);
    static LinkEdit RemoveTopic(string id) => new("topic", id, Add: false);

    [Fact]
    public void An_added_topic_is_searchable_and_counted_at_once_and_its_revert_restores_the_counts()
    {
        Assert.Equal(1, TopicCount("digitization"));
        var change = Curation.Edit("rec-1", RecordEdit.Of(AddTopic("digitization")), "alice");

        Assert.NotNull(change);
        Assert.Equal(2, TopicCount("digitization"));
        Assert.Equal(["rec-1", "rec-2"], WithTopic("digitization").Order());
        var logged = Assert.Single(Curation.Changes(new ChangeFilter(Record: "rec-1")));
        Assert.Equal("alice", logged.User);
        Assert.Equal("topic:digitization", Assert.Single(logged.Items).Field);

        Curation.Revert(change!.Value, "bob");

        Assert.Equal(1, TopicCount("digitization"));
        Assert.Equal(["rec-2"], WithTopic("digitization"));
        Assert.Equal(2, Curation.CountChanges(new ChangeFilter(Record: "rec-1")));
        Assert.NotNull(Curation.Change(change.Value)!.RevertedBy);
    }

    [Fact]
    public void A_tag_added_by_an_archivist_survives_reimport_of_a_changed_source()
    {
        Curation.Edit("rec-1", RecordEdit.Of(AddTopic("digitization")), "alice");

        archive.Store.Upsert([Source with { Body = Source.Body + " A second paragraph came later." }]);

        Assert.Contains("rec-1", WithTopic("digitization"));
        Assert.Contains("second paragraph", archive.Store.Get("rec-1")!.Record.Body);
    }

    [Fact]
    public void A_tag_removed_by_an_archivist_stays_removed_after_reimport()
    {
        Assert.Contains("rec-1", WithTopic("reading-promotion")); // extracted from "reading month"
        Curation.Edit("rec-1", RecordEdit.Of(RemoveTopic("reading-promotion")), "alice");
        Assert.DoesNotContain("rec-1", WithTopic("reading-promotion"));

        archive.Store.Upsert([Source with { Body = Source.Body + " The reading month ends in May." }]);
        archive.Store.Reindex();

        Assert.DoesNotContain("rec-1", WithTopic("reading-promotion"));
    }

    [Fact]
    public void A_corrected_title_survives_reimport_while_the_untouched_body_follows_the_source()
    {
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, Source.Title, "City Library opens the Reading Month 2021")), "alice");
        Assert.Equal(["rec-1"], Ids("2021"));

        archive.Store.Upsert([Source with { Title = "City library opens reading month (updated)", Body = "A rewritten body about storytelling." }]);

        var stored = archive.Store.Get("rec-1")!.Record;
        Assert.Equal("City Library opens the Reading Month 2021", stored.Title);
        Assert.Equal("A rewritten body about storytelling.", stored.Body);
        Assert.Equal(["rec-1"], Ids("storytelling"));
        Assert.Empty(Ids("updated"));
        // The source's title is remembered: undoing the correction brings back what the source says now.
        Curation.Revert(Curation.Changes(new ChangeFilter(Record: "rec-1")).Single().Id, "alice");
        Assert.Equal("City library opens reading month (updated)", archive.Store.Get("rec-1")!.Record.Title);
    }

    [Fact]
    public void A_corrected_date_survives_reimport_and_moves_the_record_between_years()
    {
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Date, "2021-04-23", "2019-04-23")), "alice");
        archive.Store.Upsert([Source with { Body = Source.Body + " Updated." }]);

        Assert.Equal(new DateOnly(2019, 4, 23), archive.Store.Get("rec-1")!.Record.Date);
        var years = archive.Index.Search(new SearchRequest { Limit = 10 }).Facets[FacetNames.Year].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(1, years["2019"]);
        Assert.Equal(1, years["2021"]);
    }

    [Fact]
    public void Correcting_a_field_back_to_the_source_lets_later_source_changes_in_again()
    {
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Type, "news", "meeting")), "alice");
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Type, "meeting", "news")), "alice");

        archive.Store.Upsert([Source with { Type = "plan" }]);

        Assert.Equal("plan", archive.Store.Get("rec-1")!.Record.Type);
    }

    [Fact]
    public void A_second_archivist_editing_the_same_field_from_a_stale_form_is_refused_and_told_what_changed()
    {
        var shown = Curation.Get("rec-1")!.Record.Title;
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, shown, "Title by Alice")), "alice");

        var refused = Assert.Throws<CurationConflictException>(() =>
            Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, shown, "Title by Bob")), "bob"));

        var conflict = Assert.Single(refused.Conflicts);
        Assert.Equal(("title", "Title by Alice", "alice"), (conflict.Field, conflict.Current, conflict.ByUser));
        Assert.Equal("Title by Alice", archive.Store.Get("rec-1")!.Record.Title);
    }

    [Fact]
    public void Concurrent_edits_of_different_fields_of_one_record_are_both_kept()
    {
        var form = Curation.Get("rec-1")!.Record;
        var edits = new[]
        {
            RecordEdit.Of(new FieldEdit(CuratedFields.Title, form.Title, "Title by Alice"), new FieldEdit(CuratedFields.Type, form.Type, form.Type)),
            RecordEdit.Of(new FieldEdit(CuratedFields.Title, form.Title, form.Title), new FieldEdit(CuratedFields.Type, form.Type, "meeting")),
        };

        Parallel.For(0, 2, i => Curation.Edit("rec-1", edits[i], i == 0 ? "alice" : "bob"));

        var stored = archive.Store.Get("rec-1")!.Record;
        Assert.Equal(("Title by Alice", "meeting"), (stored.Title, stored.Type));
        Assert.Equal(2, Curation.CountChanges(new ChangeFilter(Record: "rec-1")));
    }

    [Fact]
    public void A_revert_is_refused_when_a_later_change_touched_the_same_field()
    {
        var first = Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, Source.Title, "First correction")), "alice")!.Value;
        Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, "First correction", "Second correction")), "bob");

        var refused = Assert.Throws<CurationException>(() => Curation.Revert(first, "alice"));

        Assert.Contains("bob", refused.Message);
        Assert.Equal("Second correction", archive.Store.Get("rec-1")!.Record.Title);
    }

    [Fact]
    public void Invalid_values_and_unknown_authorities_are_refused_and_nothing_is_written()
    {
        Assert.Throws<CurationException>(() => Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Date, "2021-04-23", "2021-02-30")), "alice"));
        Assert.Throws<CurationException>(() => Curation.Edit("rec-1", RecordEdit.Of(new FieldEdit(CuratedFields.Title, Source.Title, "  ")), "alice"));
        Assert.Throws<CurationException>(() => Curation.Edit("rec-1", RecordEdit.Of(AddTopic("no-such-topic")), "alice"));
        Assert.Throws<CurationException>(() => Curation.Edit("missing", RecordEdit.Of(AddTopic("digitization")), "alice"));

        Assert.Equal(0, Curation.CountChanges(new ChangeFilter()));
        Assert.Equal(Source.Title, archive.Store.Get("rec-1")!.Record.Title);
    }

    static FieldEdit Hide(string value) => new(CuratedFields.Visibility, null, value);

    [Fact]
    public void A_withdrawn_record_leaves_public_search_and_facets_but_archivists_still_find_it()
    {
        Curation.Edit("rec-2", RecordEdit.Of(Hide("withdrawn")), "alice");

        Assert.Empty(Ids("newspapers"));
        Assert.Equal(0, TopicCount("digitization"));
        Assert.Equal(1, archive.Index.Search(new SearchRequest { Limit = 10 }).Total);
        Assert.Equal(["rec-2"], archive.Index.Search(new SearchRequest { Query = "newspapers", IncludeHidden = true }).Hits.Select(h => h.Id));
        Assert.True(archive.Store.Get("rec-2")!.Visibility.IsHiddenToday);
    }

    [Fact]
    public void An_embargo_hides_a_record_until_its_day_and_no_longer()
    {
        Curation.Edit("rec-2", RecordEdit.Of(Hide("embargo:" + Visibility.Today.AddDays(1).ToString("yyyy-MM-dd"))), "alice");
        Assert.Empty(Ids("newspapers"));

        Curation.Edit("rec-2", RecordEdit.Of(new FieldEdit(CuratedFields.Visibility, Curation.Get("rec-2")!.Visibility.OverlayValue,
            "embargo:" + Visibility.Today.ToString("yyyy-MM-dd"))), "alice");
        Assert.Equal(["rec-2"], Ids("newspapers"));
    }

    [Fact]
    public void A_hidden_record_stays_hidden_after_reimport_and_its_revert_makes_it_public_again()
    {
        var change = Curation.Edit("rec-2", RecordEdit.Of(Hide("withdrawn")), "alice")!.Value;

        archive.Store.Upsert([Other with { Body = Other.Body + " More newspapers followed." }]);
        archive.Store.Reindex();
        Assert.Empty(Ids("newspapers"));
        Assert.Equal([("rec-2", Visibility.WithdrawnKind)], Curation.Hidden().Select(h => (h.Id, h.Visibility.Kind)));

        Curation.Revert(change, "bob");
        Assert.Equal(["rec-2"], Ids("newspapers"));
        Assert.Empty(Curation.Hidden());
    }

    Dictionary<string, int> TopicCounts(string query = "") =>
        archive.Index.Search(new SearchRequest { Query = query, Limit = 0, FacetLimit = 100 }).Facets[FacetNames.Topic].ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void Bulk_tagging_a_search_is_one_change_and_its_revert_restores_every_count()
    {
        archive.Store.Upsert([.. Enumerable.Range(1, 30).Select(i => Other with { Id = $"news-{i}", Title = $"Newspapers digitized, part {i}" })]);
        var before = TopicCounts();
        var request = new SearchRequest { Query = "newspapers" };
        Assert.Equal(new BulkPreview(31, 31), archive.BulkTagging.Preview(request, AddTopic("reading-promotion")));

        var change = archive.BulkTagging.Apply(request, AddTopic("reading-promotion"), "alice")!.Value;

        Assert.Equal(before.GetValueOrDefault("reading-promotion") + 31, TopicCounts()["reading-promotion"]);
        Assert.Equal(31, Curation.Change(change)!.ItemCount);
        Assert.Equal(32, archive.Index.Search(new SearchRequest { Filters = [new QueryFilter(FilterFields.Topic, "reading-promotion")], Limit = 0 }).Total);
        Assert.Equal(new BulkPreview(31, 0), archive.BulkTagging.Preview(request, AddTopic("reading-promotion")));

        Curation.Revert(change, "alice");

        Assert.Equal(before, TopicCounts());
    }

    [Fact]
    public void Bulk_removal_takes_the_matching_records_off_a_topic_and_reimport_keeps_it_so()
    {
        Assert.Equal(1, TopicCount("digitization"));

        archive.BulkTagging.Apply(new SearchRequest { Query = "newspapers" }, RemoveTopic("digitization"), "alice");

        Assert.Equal(0, TopicCount("digitization"));
        archive.Store.Upsert([Other with { Body = Other.Body + " All of them were digitized." }]);
        Assert.Equal(0, TopicCount("digitization"));
    }

    [Fact]
    public void Excluding_an_authority_leaves_out_its_records_though_the_index_holds_no_authorities()
    {
        static QueryFilter Not(string topic) => new(FilterFields.Topic, topic, Negated: true);
        Assert.Equal(["rec-2"], archive.Index.Search(new SearchRequest { Filters = [Not("reading-promotion")] }).Hits.Select(h => h.Id));

        Curation.Edit("rec-1", RecordEdit.Of(AddTopic("digitization")), "alice");

        Assert.Empty(archive.Index.Search(new SearchRequest { Query = "-topic:digitization" }).Hits);
    }

    public void Dispose()
    {
        archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
