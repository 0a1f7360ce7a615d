using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Curation;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Archivists' work on authorities over a real database: names corrected, provisional persons
/// accepted, rejected or merged; each seen by search at once, kept across re-imports, revertible.
/// </summary>
public sealed class AuthorityCurationTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "authority-curation-" + Guid.NewGuid().ToString("N"));
    readonly Archive archive;

    static readonly ArchiveRecord Meeting = new()
    {
        Id = "zh-1", Language = "zh", Type = "meeting", Date = new DateOnly(2022, 5, 4),
        Title = "市图书馆召开阅读推广工作会议", Body = "馆长张伟主持会议，部署阅读推广工作。",
    };

    static readonly ArchiveRecord Report = new()
    {
        Id = "en-1", Language = "en", Type = "news", Date = new DateOnly(2022, 5, 6),
        Title = "Newspapers digitized at the city library", Body = "Wei Zhang, the director, presented the newspapers.", Persons = ["Wei Zhang"],
    };

    public AuthorityCurationTests()
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "topics.yml"), """
            - id: reading-promotion
              labels: {zh: 阅读推广, en: Reading promotion, vi: Phát triển văn hóa đọc}
              signals:
                zh: [阅读推广]
                en: [reading promotion]
            """);
        archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
        archive.Store.Upsert([Meeting, Report]);
    }

    AuthorityCuration Authorities => archive.AuthorityCuration;

    List<string> Filed(string field, string value) =>
        archive.Index.Search(new SearchRequest { Filters = [new QueryFilter(field, value)], Limit = 10 }).Hits.Select(h => h.Id).Order().ToList();

    Dictionary<string, int> Persons() =>
        archive.Index.Search(new SearchRequest { Limit = 0 }).Facets[FacetNames.Person].ToDictionary(v => v.Value, v => v.Count);

    string ProvisionalIdOf(string name) => archive.Authorities.Resolve("person", name)!.Id;

    [Fact]
    public void A_new_alias_files_the_records_that_name_it_and_its_revert_takes_them_off()
    {
        Assert.Equal(["zh-1"], Filed("topic", "reading-promotion"));

        var change = Authorities.Edit("topic", "reading-promotion", [new FieldEdit(AuthorityFields.Aliases, null, "Newspapers")], "alice")!.Value;

        Assert.Equal(["en-1", "zh-1"], Filed("topic", "reading-promotion"));
        Assert.Equal("Reading promotion", archive.Authorities.Get("topic", "reading-promotion")!.Label("en"));

        archive.Curation.Revert(change, "alice");
        Assert.Equal(["zh-1"], Filed("topic", "reading-promotion"));
    }

    [Fact]
    public void A_label_someone_else_changed_since_the_form_was_shown_is_a_conflict()
    {
        Authorities.Edit("topic", "reading-promotion", [new FieldEdit(AuthorityFields.Label("en"), "Reading promotion", "Promoting reading")], "alice");

        var refused = Assert.Throws<CurationConflictException>(() =>
            Authorities.Edit("topic", "reading-promotion", [new FieldEdit(AuthorityFields.Label("en"), "Reading promotion", "Reading campaigns")], "bob"));

        Assert.Equal("alice", Assert.Single(refused.Conflicts).ByUser);
        Assert.Equal("Promoting reading", archive.Authorities.Get("topic", "reading-promotion")!.Label("en"));
    }

    [Fact]
    public void A_rejected_provisional_person_leaves_its_records_and_stays_out_after_reimport_until_the_rejection_is_reverted()
    {
        var zhang = ProvisionalIdOf("张伟");
        Assert.True(archive.Authorities.Get("person", zhang)!.Provisional);
        Assert.Contains("zh-1", Filed("person", zhang));

        var change = Authorities.Reject("person", zhang, "alice");

        Assert.False(Persons().ContainsKey(zhang));
        archive.Store.Upsert([Meeting with { Body = Meeting.Body + "馆长张伟作总结讲话。" }]);
        archive.Store.Reindex();
        Assert.False(Persons().ContainsKey(zhang));

        archive.Curation.Revert(change, "alice");
        Assert.True(Persons().ContainsKey(zhang));
    }

    [Fact]
    public void Accepting_a_provisional_person_takes_it_out_of_review()
    {
        var zhang = ProvisionalIdOf("张伟");

        Authorities.Accept("person", zhang, "alice");

        Assert.False(archive.Authorities.Get("person", zhang)!.Provisional);
        Assert.DoesNotContain(Authorities.List("person", provisionalOnly: true), s => s.Authority.Id == zhang);
    }

    [Fact]
    public void Merging_two_persons_files_every_record_under_one_kept_across_reimport_and_revertible()
    {
        var chinese = ProvisionalIdOf("张伟");
        var english = ProvisionalIdOf("Wei Zhang");
        Assert.NotEqual(chinese, english);

        var change = Authorities.Merge("person", english, chinese, "alice");

        Assert.Equal(["en-1", "zh-1"], Filed("person", chinese));
        Assert.Equal(["en-1", "zh-1"], Filed("person", english)); // the old id finds the merged one
        Assert.False(Persons().ContainsKey(english));
        Assert.Contains("Wei Zhang", archive.Authorities.Get("person", chinese)!.Aliases);

        archive.Store.Upsert([Report with { Body = Report.Body + " Wei Zhang closed the meeting." }]);
        Assert.Equal(["en-1", "zh-1"], Filed("person", chinese));
        Assert.Equal(2, Persons()[chinese]);

        archive.Curation.Revert(change, "alice");
        Assert.Equal(["zh-1"], Filed("person", chinese));
        Assert.Equal(["en-1"], Filed("person", english));
    }

    [Fact]
    public void Searching_authorities_finds_them_by_any_name_in_any_script()
    {
        Assert.Equal(["reading-promotion"], Authorities.List("topic", "Phát triển").Select(s => s.Authority.Id));
        Assert.Equal(["reading-promotion"], Authorities.List("topic", "閱讀").Select(s => s.Authority.Id));
        Assert.Equal(1, Authorities.Get("topic", "reading-promotion")!.Records);
    }

    public void Dispose()
    {
        archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
