using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Facet counting on a corpus small enough to count by hand. Person values combine with OR,
/// facets with AND, and each facet is counted without its own selection (disjunctive).
/// </summary>
public class FacetTests
{
    static ArchiveRecord R(string id, string lang, string date, string type, string institution, params string[] persons) => new()
    {
        Id = id, Language = lang, Title = "Record " + id, Body = "Library news " + id, Date = DateOnly.Parse(date),
        Type = type, Institution = institution, Persons = persons,
    };

    static TempArchive Corpus() => new TempArchive().With(
        R("r1", "en", "2020-03-01", "news", "Library A", "Alice Wang", "Bob Li"),
        R("r2", "en", "2020-07-01", "meeting", "Library B", "Alice Wang"),
        R("r3", "vi", "2021-01-05", "news", "Library A", "Bob Li"),
        R("r4", "zh", "2021-02-01", "news", "Library B", "Carol Chen"),
        R("r5", "en", "2021-02-10", "meeting", "Library A", "Alice Wang", "Carol Chen"));

    static SearchResults Search(TempArchive t, params QueryFilter[] filters) =>
        t.Archive.Index.Search(new SearchRequest { Filters = filters, Limit = 100 });

    static Dictionary<string, int> Counts(SearchResults r, string facet, Func<FacetValue, string>? key = null) =>
        r.Facets[facet].ToDictionary(key ?? (v => v.Label("en")), v => v.Count);

    static QueryFilter Person(string name) => new(FilterFields.Person, name);

    /// <summary>
    /// After an import, search's facts are brought up to date from the records it wrote; they must
    /// be what reading every record again gives, and the snapshot searches still hold must not change.
    /// </summary>
    [Fact]
    public void Facts_caught_up_after_a_write_are_the_facts_read_anew()
    {
        using var t = Corpus();
        using var c = t.Archive.Database.Connect();
        var before = RecordFacetCache.Load(c, AuthorityRows.Generation(c));

        t.With(R("r3", "zh", "2019-05-05", "meeting", "Library C", "Dan Zhao"), // every fact of r3 changed
            R("r6", "en", "2022-01-01", "report", "Library A", "Alice Wang", "Erin Wu") with { Body = "A much longer body than the others have." });
        foreach (var (rowId, id) in c.Pairs("SELECT rowid, id FROM records")) ids[rowId] = id;
        var described = Describe(before);
        var generation = AuthorityRows.Generation(c);
        var caughtUp = RecordFacetCache.CatchUp(c, before, generation);

        Assert.NotNull(caughtUp);
        Assert.Equal(Describe(RecordFacetCache.Load(c, generation)), Describe(caughtUp));
        Assert.Contains("r3 zh 2019 meeting", Describe(caughtUp));
        Assert.Equal(described, Describe(before));
        Assert.Equal(["r3", "r6"], Search(t, new QueryFilter(FilterFields.Person, "Dan Zhao"), new QueryFilter(FilterFields.Person, "Erin Wu"))
            .Hits.Select(h => h.Id).Order());
    }

    /// <summary>
    /// A search whose read transaction began before an import's commit asks for the facts of the
    /// generation it sees; after a newer search has caught up they must still be at hand, not
    /// loaded again from every record (seconds at 100,000 records) and not put in place of the newer.
    /// </summary>
    [Fact]
    public void A_search_still_reading_before_a_write_gets_the_facts_it_sees_without_a_reload()
    {
        using var t = Corpus();
        using var c = t.Archive.Database.Connect();
        var cache = new RecordFacetCache();
        var before = AuthorityRows.Generation(c);
        var old = cache.Get(c, before, out _);

        t.With(R("r7", "vi", "2023-03-03", "news", "Library B", "Alice Wang"));
        var now = AuthorityRows.Generation(c);
        var caughtUp = cache.Get(c, now, out var caughtUpReloaded);
        var again = cache.Get(c, before, out var againReloaded);

        Assert.True(caughtUpReloaded);
        Assert.Same(old, again);
        Assert.False(againReloaded);
        Assert.Same(caughtUp, cache.Get(c, now, out var newestReloaded));
        Assert.False(newestReloaded);
    }

    /// <summary>
    /// A record whose row does not say when it was written (a writer built before rows carried
    /// their generation, still running across the upgrade) must still be found once written.
    /// </summary>
    [Fact]
    public void A_record_written_without_its_generation_is_still_found()
    {
        using var t = Corpus();
        Assert.Equal(5, Search(t).Total);

        t.With(R("r7", "vi", "2023-03-03", "news", "Library B", "Dan Zhao"));
        using (var c = t.Archive.Database.Connect())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "UPDATE records SET written_generation = 0 WHERE id = 'r7'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        Assert.Equal(["r7"], Search(t, Person("Dan Zhao")).Hits.Select(h => h.Id));
        Assert.Equal(6, Search(t).Total);
    }

    /// <summary>A snapshot as text: each record's facts and its facet values by name (ordinals differ between loads).</summary>
    string Describe(RecordFactsSnapshot s) =>
        string.Join("\n", s.Facts.OrderBy(kv => kv.Key).Select(kv =>
        {
            var f = kv.Value;
            var values = s.OrdinalsOf(kv.Key).ToArray().Select(o => FacetVocabulary.Facets[s.Vocabulary.FacetOf(o)].Name + "=" + s.Vocabulary.ValueOf(o)).Order();
            return $"{ids[kv.Key]} {f.Language} {f.Year} {f.Type} {f.Date} [{string.Join(", ", values)}]";
        }));

    readonly Dictionary<long, string> ids = [];

    [Fact]
    public void Two_persons_return_records_of_either_and_person_counts_ignore_the_person_selection()
    {
        using var t = Corpus();
        var r = Search(t, Person("Alice Wang"), Person("Bob Li"));
        Assert.Equal(["r1", "r2", "r3", "r5"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(new Dictionary<string, int> { ["Alice Wang"] = 3, ["Bob Li"] = 2, ["Carol Chen"] = 2 }, Counts(r, FacetNames.Person));
        Assert.Equal(new Dictionary<string, int> { ["Library A"] = 3, ["Library B"] = 1 }, Counts(r, FacetNames.Institution));
    }

    [Fact]
    public void Adding_an_institution_narrows_and_each_facet_is_counted_without_its_own_selection()
    {
        using var t = Corpus();
        var r = Search(t, Person("Alice Wang"), Person("Bob Li"), new QueryFilter(FilterFields.Institution, "Library A"));
        Assert.Equal(["r1", "r3", "r5"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(3, r.Total);
        Assert.Equal(new Dictionary<string, int> { ["Alice Wang"] = 2, ["Bob Li"] = 2, ["Carol Chen"] = 1 }, Counts(r, FacetNames.Person));
        Assert.Equal(new Dictionary<string, int> { ["Library A"] = 3, ["Library B"] = 1 }, Counts(r, FacetNames.Institution));
        Assert.Equal(new Dictionary<string, int> { ["2020"] = 1, ["2021"] = 2 }, Counts(r, FacetNames.Year));
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["vi"] = 1 }, Counts(r, FacetNames.Language));
    }

    [Fact]
    public void Selecting_a_year_keeps_the_other_years_and_adds_months()
    {
        using var t = Corpus();
        var r = Search(t, new QueryFilter(FilterFields.Date, "2021"), new QueryFilter(FilterFields.Institution, "Library A"));
        Assert.Equal(["r3", "r5"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(new Dictionary<string, int> { ["2020"] = 1, ["2021"] = 2 }, Counts(r, FacetNames.Year));
        Assert.Equal(new Dictionary<string, int> { ["2021-01"] = 1, ["2021-02"] = 1 }, Counts(r, FacetNames.Month));
    }

    [Fact]
    public void Facet_values_are_authority_ids_and_filters_accept_ids_or_names()
    {
        using var t = Corpus();
        var alice = Search(t).Facets[FacetNames.Person].Single(v => v.Label("en") == "Alice Wang").Value;
        Assert.Equal(3, Search(t, new QueryFilter(FilterFields.Person, alice)).Total);
        Assert.Equal(3, Search(t, new QueryFilter(FilterFields.Person, "alice wang")).Total);
        Assert.Equal(2, Search(t, new QueryFilter(FilterFields.Person, alice, Negated: true)).Total);
    }

    [Fact]
    public void Long_facets_are_cut_to_the_limit_and_can_be_expanded_and_filtered()
    {
        using var t = Corpus();
        var cut = t.Archive.Index.Search(new SearchRequest { FacetLimit = 1 });
        Assert.Single(cut.Facets[FacetNames.Person]);
        Assert.Equal(3, cut.FacetSizes[FacetNames.Person]);
        var typed = t.Archive.Index.Search(new SearchRequest { FacetLimit = 1, ExpandFacet = FacetNames.Person, FacetFilter = "chen" });
        Assert.Equal(["Carol Chen"], typed.Facets[FacetNames.Person].Select(v => v.Label("en")));
    }

    [Fact]
    public void A_cut_facet_shows_the_first_values_of_the_whole_list_ties_in_label_order()
    {
        using var t = Corpus();
        var whole = t.Archive.Index.Search(new SearchRequest { FacetLimit = 1, ExpandFacet = FacetNames.Person }).Facets[FacetNames.Person];
        Assert.Equal(["Alice Wang 3", "Bob Li 2", "Carol Chen 2"], whole.Select(v => $"{v.Label("en")} {v.Count}"));
        // Bob Li and Carol Chen tie at the cut: the cut list keeps the one the whole list puts first.
        var two = t.Archive.Index.Search(new SearchRequest { FacetLimit = 2 });
        Assert.Equal(["Alice Wang 3", "Bob Li 2"], two.Facets[FacetNames.Person].Select(v => $"{v.Label("en")} {v.Count}"));
        Assert.Equal(3, two.FacetSizes[FacetNames.Person]);
        var none = t.Archive.Index.Search(new SearchRequest { FacetLimit = 0 });
        Assert.Empty(none.Facets[FacetNames.Person]);
        Assert.Equal(3, none.FacetSizes[FacetNames.Person]);
    }

    [Fact]
    public void Facts_are_found_by_row_id_in_arrays_and_in_the_dictionary_when_ids_are_sparse()
    {
        static RecordFacts Facts(string language, int year) => new(language, year, "news", null, RecordFacetLinks.None);
        var dense = new RecordFactsSnapshot(1, new() { [1] = Facts("en", 2020), [3] = Facts("vi", 2021), [2] = Facts("en", 2021) }, new FacetVocabulary());
        var sparse = new RecordFactsSnapshot(1, new() { [1] = Facts("en", 2020), [5_000_000] = Facts("vi", 2021) }, new FacetVocabulary());
        Assert.True(dense.InRowArrays);
        Assert.False(sparse.InRowArrays);
        string[] Values(RecordFactsSnapshot s, long rowId) =>
            [.. s.OrdinalsOf(rowId).ToArray().Select(o => FacetVocabulary.Facets[s.Vocabulary.FacetOf(o)].Name + "=" + s.Vocabulary.ValueOf(o)).Order()];
        foreach (var s in new[] { dense, sparse })
        {
            Assert.Equal(["lang=en", "type=news", "year=2020"], Values(s, 1));
            Assert.Same(s.Facts[1], s.FactsOf(1));
            Assert.Null(s.FactsOf(4));
            Assert.Null(s.FactsOf(-1));
            Assert.True(s.OrdinalsOf(4).IsEmpty);
        }
        Assert.Equal(["lang=en", "type=news", "year=2021"], Values(dense, 2));
        Assert.Equal(["lang=vi", "type=news", "year=2021"], Values(dense, 3));
        Assert.Equal(["lang=vi", "type=news", "year=2021"], Values(sparse, 5_000_000));
    }

    [Fact]
    public void A_snapshot_brought_up_to_date_keeps_the_ordinals_of_the_records_not_written_since()
    {
        static RecordFacts Facts(string language) => new(language, 2020, "news", null, RecordFacetLinks.None);
        var first = new RecordFactsSnapshot(1, new() { [1] = Facts("en"), [2] = Facts("vi") }, new FacetVocabulary());
        var facts = new Dictionary<long, RecordFacts>(first.Facts) { [2] = Facts("zh"), [3] = Facts("en") };
        var next = new RecordFactsSnapshot(2, facts, first.Vocabulary.Copy(), earlier: first);
        Assert.Equal(first.OrdinalsOf(1).ToArray(), next.OrdinalsOf(1).ToArray());
        Assert.Equal(next.OrdinalsOf(1).ToArray(), next.OrdinalsOf(3).ToArray()); // the same values, the same ordinals
        Assert.Contains(next.OrdinalsOf(2).ToArray(), o => next.Vocabulary.ValueOf(o) == "zh");
        Assert.DoesNotContain(next.OrdinalsOf(2).ToArray(), o => next.Vocabulary.ValueOf(o) == "vi");
    }

    [Fact]
    public void Facets_follow_writes_made_after_the_first_search()
    {
        using var t = Corpus();
        Assert.Equal(3, Counts(Search(t), FacetNames.Person)["Alice Wang"]);
        t.Archive.Store.Upsert([R("r6", "en", "2022-01-01", "news", "Library C", "Alice Wang")]);
        var r = Search(t);
        Assert.Equal(4, Counts(r, FacetNames.Person)["Alice Wang"]);
        Assert.Equal(1, Counts(r, FacetNames.Institution)["Library C"]);
    }
}

public class ProvisionalPersonTests
{
    [Fact]
    public void A_person_in_no_file_written_in_two_scripts_is_one_facet_value_with_both_records()
    {
        using var t = new TempArchive().With(
            TempArchive.Record("zh", "zh", "图书馆召开会议", "馆长张三出席会议并讲话。", "2021-01-01"),
            TempArchive.Record("en", "en", "Library meeting", "Director Zhang San attended the meeting.", "2021-01-02"));
        var persons = t.Archive.Index.Search(new SearchRequest()).Facets[FacetNames.Person];
        var zhang = Assert.Single(persons);
        Assert.Equal(2, zhang.Count);
        Assert.Equal("张三", zhang.Label("zh"));
        Assert.Equal("Zhang San", zhang.Label("en"));
        Assert.True(t.Archive.Authorities.Get("person", zhang.Value)!.Provisional);
        Assert.Equal(["en", "zh"], t.Ids("person:" + zhang.Value).Order());
    }
}
