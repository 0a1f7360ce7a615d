using System.Diagnostics;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Index;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search;
using Lucene.Net.Search;
using Xunit.Abstractions;

namespace ArchivePortal.Storage.Tests;

/// <summary>20,000 generated records (gen.py) in a real SQLite file and Lucene index, imported once for the class.</summary>
public sealed class GeneratedArchiveFixture : IDisposable
{
    public const int Size = 20_000;

    public TempArchive? Temp { get; }
    public string? Folder { get; }
    public TimeSpan Generation { get; }
    public TimeSpan Import { get; }

    public GeneratedArchiveFixture()
    {
        var clock = Stopwatch.StartNew();
        Folder = GeneratedCorpus.Folder(Size);
        Generation = clock.Elapsed;
        if (Folder is null) return;
        clock.Restart();
        Temp = new TempArchive();
        GeneratedCorpus.Import(Temp.Archive, GeneratedCorpus.Records(GeneratedCorpus.CorpusFile(Folder, Size)));
        Import = clock.Elapsed;
    }

    public void Dispose() => Temp?.Dispose();
}

/// <summary>
/// The page is the true top k: asking for 10 gives exactly the first 10 of the ranking of every
/// match (ids and order), for 200 queries over 20,000 generated records.
/// </summary>
public class ExactTopKTests(GeneratedArchiveFixture fixture, ITestOutputHelper output) : IClassFixture<GeneratedArchiveFixture>
{
    /// <summary>The generated archive; null, and said so, when ../shared/bench/gen.py is not beside the repository.</summary>
    TempArchive? Generated()
    {
        if (fixture.Temp is null) output.WriteLine("../shared/bench/gen.py not found beside the repository; the test was not run.");
        return fixture.Temp;
    }

    /// <summary>200 queries: the generator's query texts and random title words and pairs (fixed seed).</summary>
    List<string> Queries()
    {
        var folder = fixture.Folder!;
        var random = new Random(20_000);
        var fromFile = GeneratedCorpus.QueryTexts(GeneratedCorpus.QueriesFile(folder, GeneratedArchiveFixture.Size))
            .OrderBy(_ => random.Next()).Take(140).ToList();
        var titles = GeneratedCorpus.Records(GeneratedCorpus.CorpusFile(folder, GeneratedArchiveFixture.Size))
            .Where((_, i) => i % 37 == 0).Select(r => (r.Language, r.Title)).ToList();
        var picked = new List<string>();
        while (picked.Count < 60)
        {
            var (lang, title) = titles[random.Next(titles.Count)];
            string[] words = lang.StartsWith("zh", StringComparison.Ordinal)
                ? [.. Regex.Matches(title, @"\p{IsCJKUnifiedIdeographs}{2,}").Select(m => m.Value)
                    .Select(run => run.Substring(random.Next(run.Length - 1), 2))]
                : [.. Regex.Matches(title, @"[\p{L}\p{N}]{3,}").Select(m => m.Value)];
            if (words.Length == 0) continue;
            var first = words[random.Next(words.Length)];
            picked.Add(random.Next(2) == 0 || words.Length < 2 ? first : first + " " + words[random.Next(words.Length)]);
        }
        return [.. fromFile, .. picked];
    }

    [Fact]
    public void The_top_10_is_the_first_10_of_every_match_ranked()
    {
        if (Generated() is not { } temp) return;
        output.WriteLine($"gen.py {GeneratedArchiveFixture.Size}: {fixture.Generation.TotalSeconds:F1} s, import: {fixture.Import.TotalSeconds:F1} s");
        var index = temp.Archive.Index;
        var queries = Queries();
        Assert.Equal(200, queries.Count);
        int withHits = 0, large = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        // Both cores search (searches run concurrently in the portal too): an exhaustive page hydrates 1,000 hits.
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            var top = index.Search(new SearchRequest { Query = q, Limit = 10 });
            // Facets do not take part in the order; the exhaustive search skips them.
            var all = index.Search(new SearchRequest { Query = q, Limit = Math.Max(top.Total, 1), IncludeFacets = false });
            var expected = all.Hits.Take(10).Select(h => (h.Id, h.Score)).ToList();
            var actual = top.Hits.Select(h => (h.Id, h.Score)).ToList();
            if (top.Total != all.Total) failures.Add($"query \"{q}\": {top.Total} matches, then {all.Total}");
            // The page size is capped at 1,000: the exhaustive ranking is read up to there.
            else if (all.Hits.Count != Math.Min(all.Total, 1000) || top.Hits.Count != Math.Min(top.Total, 10))
                failures.Add($"query \"{q}\": {top.Total} matches, {top.Hits.Count} hits on a page of 10, {all.Hits.Count} on a page of all");
            else if (!expected.SequenceEqual(actual))
                failures.Add($"query \"{q}\" ({top.Total} matches): top 10 = {string.Join(", ", actual)}; first 10 of all = {string.Join(", ", expected)}");
            if (top.Total > 0) Interlocked.Increment(ref withHits);
            if (top.Total > 1000) Interlocked.Increment(ref large);
        });
        output.WriteLine($"{queries.Count} queries ({withHits} with hits, {large} with more than 1,000) in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {queries.Count} queries differ:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(withHits >= 150, $"only {withHits} of 200 queries find anything: the comparison says little");
    }

    /// <summary>The top hit's score is Lucene's own BM25 score of that record for the query, as Explain tells it.</summary>
    [Fact]
    public void The_top_score_is_what_Lucene_explains()
    {
        if (Generated() is not { } temp) return;
        var archive = temp.Archive;
        var planner = new QueryPlanner(archive.Analyzer, archive.Authorities);
        var queries = GeneratedCorpus.QueryTexts(GeneratedCorpus.QueriesFile(fixture.Folder!, GeneratedArchiveFixture.Size));
        int compared = 0;
        foreach (var q in queries.Where((_, i) => i % 20 == 0))
        {
            var results = archive.Index.Search(new SearchRequest { Query = q, Limit = 1 });
            if (results.Hits.Count == 0 || results.Messages.Any(m => m.Code == SearchNotes.Codes.Loosened)) continue;
            var plan = planner.Plan(QueryParser.Parse(q));
            var query = MainQuery(plan);
            long rowId;
            using (var c = archive.Database.Connect())
                rowId = c.Pairs($"SELECT rowid, id FROM records WHERE id = '{results.Hits[0].Id}'").Single().Item1;
            using var lease = archive.SearchIndex.Acquire();
            var searcher = lease.Searcher!;
            var doc = searcher.Search(new TermQuery(RecordDocuments.KeyOf(rowId)), 1).ScoreDocs.Single().Doc;
            var explanation = searcher.Explain(query, doc);
            Assert.True(explanation.IsMatch, $"\"{q}\": Lucene says {results.Hits[0].Id} does not match");
            Assert.True(Math.Abs(explanation.Value - results.Hits[0].Score) <= 1e-4 * Math.Max(1, Math.Abs(explanation.Value)),
                $"\"{q}\": top hit {results.Hits[0].Id} scored {results.Hits[0].Score}, Lucene explains {explanation.Value}:\n{explanation}");
            compared++;
        }
        output.WriteLine($"{compared} top scores compared with Explain");
        Assert.True(compared >= 5, $"only {compared} queries compared");
    }

    /// <summary>
    /// The window-by-window search of plain words finds the records Lucene's own queries find: "at
    /// least n of the units, plus optional phrases", and, loosened, "any clause"; with the scores
    /// Lucene gives them, and the units, exact forms and Vietnamese words each has. With and
    /// without a filter, and after some records were written again (their old documents deleted).
    /// </summary>
    [Fact]
    public void Windowed_matches_are_Lucenes_matches_with_its_scores_and_coverage()
    {
        if (Generated() is not { } temp) return;
        var archive = temp.Archive;
        var revised = GeneratedCorpus.Records(GeneratedCorpus.CorpusFile(fixture.Folder!, GeneratedArchiveFixture.Size))
            .Where((_, i) => i % 97 == 0).Select(r => r with { Title = r.Title + " revised" }).ToList();
        archive.Store.Upsert(revised);
        var planner = new QueryPlanner(archive.Analyzer, archive.Authorities);
        using var c = archive.Database.Connect();
        var snapshot = new RecordFacetCache().Get(c, AuthorityRows.Generation(c), out _);
        archive.SearchIndex.Refresh();
        using var lease = archive.SearchIndex.Acquire();
        var searcher = lease.Searcher!;
        Assert.True(searcher.IndexReader.NumDeletedDocs > 0, "no deleted documents: the revised records were not written again");
        Filter?[] filters = [null, new QueryWrapperFilter(new TermQuery(new Lucene.Net.Index.Term(IndexFields.Language, "vi"))),
            new QueryWrapperFilter(TermRangeQuery.NewStringRange(IndexFields.Date, "2021-01-01", "2022-12-31", true, true))];
        var deadline = new SearchDeadline(Timeout.InfiniteTimeSpan, default);
        int compared = 0, matches = 0, exactForms = 0, together = 0;
        foreach (var q in Queries().Where((_, i) => i % 4 == 0).Append("Rao Quan library").Append("thư viện số hóa"))
        {
            var plan = FiledRecords.Resolve(planner.Plan(QueryParser.Parse(q)), snapshot);
            if (!plan.CountsUnits) continue;
            foreach (var filter in filters)
            {
                var units = plan.Units.Select(u => Matches(searcher, LuceneQueries.Build(u), filter)).ToList();
                var exact = plan.ExactUnits.Select((u, i) => UnitWindowSearch.HasOtherNames(plan, i) ? Matches(searcher, LuceneQueries.Build(u), filter) : units[i]).ToList();
                var pairs = plan.Together.Select(t => Matches(searcher, LuceneQueries.Build(t), filter)).ToList();
                foreach (var loose in new[] { false, true })
                {
                    var expected = Matches(searcher, loose ? LooseQuery(plan) : MainQuery(plan), filter);
                    var actual = new List<Candidate>();
                    new UnitWindowSearch(searcher, plan).Collect(filter, loose, deadline, snapshot, actual);
                    Assert.Equal(expected.Keys.Order(), actual.Select(a => a.RowId).Order());
                    // In parts of one window, the two threads share ten of them or more, each
                    // thread's scorers jumping over the parts the other took.
                    var inSmallParts = new List<Candidate>();
                    new UnitWindowSearch(searcher, plan, UnitWindowSearch.Window).Collect(filter, loose, deadline, snapshot, inSmallParts);
                    Assert.Equal(actual.OrderBy(a => a.RowId), inSmallParts.OrderBy(a => a.RowId));
                    foreach (var a in actual)
                    {
                        Assert.True(Math.Abs(expected[a.RowId] - a.Score) <= 1e-4 * Math.Max(1, expected[a.RowId]),
                            $"\"{q}\"{(loose ? " loosened" : "")}: record {a.RowId} scored {a.Score}, Lucene {expected[a.RowId]}");
                        Assert.Equal(units.Count(u => u.ContainsKey(a.RowId)), a.Coverage);
                        Assert.Equal(exact.Count(u => u.ContainsKey(a.RowId)), a.ExactCoverage);
                        Assert.Equal(pairs.Count(u => u.ContainsKey(a.RowId)), a.Together);
                        if (a.ExactCoverage < a.Coverage) exactForms++;
                        if (a.Together > 0) together++;
                    }
                    compared++;
                    matches += actual.Count;
                }
            }
        }
        output.WriteLine($"{compared} searches, {matches} matches compared ({exactForms} with an alias match, {together} with a Vietnamese word)");
        Assert.True(compared >= 120 && matches >= 20_000, $"only {compared} searches and {matches} matches compared");
        Assert.True(together > 0, "no match had a Vietnamese word together: the comparison says nothing about them");
    }

    /// <summary>
    /// What a bulk change, a digest or a saved search's count applies to is every match, however
    /// many: the search without a time limit once stopped after 4,096 documents, its first look at
    /// the clock, because an infinite limit is a negative time span.
    /// </summary>
    [Fact]
    public void Every_match_of_a_frequent_word_is_listed_for_a_bulk_change()
    {
        if (Generated() is not { } temp) return;
        var index = (LuceneSearchIndex)temp.Archive.Index;
        var frequent = Queries().Select(q => (Query: q, index.Search(new SearchRequest { Query = q, Limit = 0, IncludeFacets = false }).Total))
            .MaxBy(x => x.Total);
        Assert.True(frequent.Total > 4096, $"the most frequent query, \"{frequent.Query}\", has only {frequent.Total} matches");
        var rowIds = index.MatchingRowIds(new SearchRequest { Query = frequent.Query });
        Assert.Equal(frequent.Total, rowIds.Count);
        Assert.Equal(rowIds.Count, rowIds.Distinct().Count());
    }

    /// <summary>Every record <paramref name="query"/> matches, by row id, with its Lucene score.</summary>
    static Dictionary<long, float> Matches(IndexSearcher searcher, Query query, Filter? filter)
    {
        var found = new Dictionary<long, float>();
        searcher.Search(query, filter, new ScoreByRowId(found));
        return found;
    }

    sealed class ScoreByRowId(Dictionary<long, float> into) : ICollector
    {
        Scorer? scorer;
        Lucene.Net.Index.NumericDocValues? rowIds;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) => rowIds = context.AtomicReader.GetNumericDocValues(IndexFields.RowId);

        public void Collect(int doc) => into[rowIds!.Get(doc)] = scorer!.GetScore();

        public bool AcceptsDocsOutOfOrder => true;
    }

    /// <summary>Lucene's own query for a plan: what the search of plain words (UnitWindowSearch) must agree with.</summary>
    static Query MainQuery(QueryPlan plan)
    {
        if (!plan.CountsUnits) return LuceneQueries.Build(plan.Match!);
        var required = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = plan.MinimumMatch };
        foreach (var u in plan.Units) required.Add(LuceneQueries.Build(u), Occur.SHOULD);
        var main = new BooleanQuery(disableCoord: true) { { required, Occur.MUST } };
        foreach (var b in plan.Bonus.Concat(plan.Together)) main.Add(LuceneQueries.Build(b), Occur.SHOULD);
        return main;
    }

    /// <summary>Lucene's query for a loosened plan: any unit, phrase, Vietnamese word or exact form (which adds no score).</summary>
    static Query LooseQuery(QueryPlan plan)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var n in plan.Units.Concat(plan.Bonus).Concat(plan.Together)) any.Add(LuceneQueries.Build(n), Occur.SHOULD);
        for (int i = 0; i < plan.Units.Count; i++)
            if (UnitWindowSearch.HasOtherNames(plan, i))
            {
                var exact = LuceneQueries.Build(plan.ExactUnits[i]);
                exact.Boost = 0;
                any.Add(exact, Occur.SHOULD);
            }
        return any;
    }
}
