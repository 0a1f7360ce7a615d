using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Index;
using ArchivePortal.Storage.Records;
using Dapper;
using Lucene.Net.Search;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Search over the Lucene.Net index. The query is planned in Core and built as Lucene queries;
/// every match is collected, in one pass, with its BM25 score (facets count them all) and which of
/// the query's words it has, and the page is picked from all of them: the true top k. Facts for
/// facets and sorting come from memory (<see cref="RecordFacetCache"/>); only the page's rows are
/// read from SQLite, for titles and snippets.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    readonly ArchiveDatabase database;
    readonly ArchiveIndex index;
    readonly QueryPlanner planner;
    readonly LuceneFilters filters;
    readonly Highlighter highlighter;
    readonly AuthorityRegistry authorities;
    readonly RecordFacetCache facetCache = new();

    public LuceneSearchIndex(ArchiveDatabase database, ArchiveIndex index, ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
    {
        this.database = database;
        this.index = index;
        this.authorities = authorities;
        planner = new QueryPlanner(analyzer, authorities);
        filters = new LuceneFilters(planner);
        highlighter = new Highlighter(analyzer);
    }

    public SearchResults Search(SearchRequest request)
    {
        var deadline = new SearchDeadline(request.TimeLimit, request.Cancellation);
        try
        {
            return SearchWithin(request, deadline);
        }
        catch (SearchTimeLimitException)
        {
            return SearchResults.Empty([SearchNotes.TooLong()]);
        }
    }

    SearchResults SearchWithin(SearchRequest request, SearchDeadline deadline)
    {
        using var c = database.Connect();
        var found = Find(c, request, deadline);
        if (found.Empty is { } empty) return empty;
        try
        {
            return Answer(c, request, found, deadline);
        }
        finally
        {
            CandidateLists.Return(found.Candidates);
        }
    }

    SearchResults Answer(SqliteConnection c, SearchRequest request, Found found, SearchDeadline deadline)
    {
        // Without facet filters every candidate is a match: no copy of tens of thousands of them.
        var matches = found.Filters.Fields.Count == 0 ? found.Candidates : found.Candidates.Where(x => found.Filters.Matches(x)).ToList();
        List<SearchHit> hits = [];
        (Dictionary<string, IReadOnlyList<FacetValue>> Values, Dictionary<string, int> Sizes) facets = ([], []);
        void Page() => hits = Hydrate(c, ResultPage.Select(matches, request.Sort, hasText: found.Plan.Match is not null, request.Offset, request.Limit,
            balanceLanguages: QueryScript.IsLatinOnly(request.Query)), found.Plan.Terms, request.SnippetLength, found.Snapshot, deadline);
        void Facets() => facets = FacetCounter.Count(found.Candidates, found.Filters, found.Snapshot, authorities, request);
        // The page (its snippets) and the facets (every match counted) each take a millisecond or
        // more for a frequent word, and only read the matches: two cores can do one each.
        if (!request.IncludeFacets) Page();
        else SharedWork.Run(2, part =>
        {
            if (part == 0) Page();
            else Facets();
        });

        var messages = found.Messages;
        // Said only when something is shown: beside "no records found" it would contradict the page.
        if (found.Loosened && matches.Count > 0) messages.Add(SearchNotes.Loosened());
        return new SearchResults
        {
            Hits = hits,
            Total = matches.Count,
            Facets = facets.Values,
            FacetSizes = facets.Sizes,
            AppliedFilters = found.AllFilters,
            Messages = Notes(messages),
        };
    }

    /// <summary>The row ids of every record the search matches (what a bulk change applies to), in row id order.</summary>
    public IReadOnlyList<long> MatchingRowIds(SearchRequest request)
    {
        using var c = database.Connect();
        // A bulk change must see every match: no time limit, only the caller's cancellation.
        var found = Find(c, request, new SearchDeadline(Timeout.InfiniteTimeSpan, request.Cancellation));
        if (found.Empty is not null) return [];
        try
        {
            return found.Candidates.Where(x => found.Filters.Matches(x)).Select(x => x.RowId).Order().ToList();
        }
        finally
        {
            CandidateLists.Return(found.Candidates);
        }
    }

    /// <summary>What a search found before its page is chosen; <see cref="Empty"/> is the answer when it could not search.</summary>
    sealed record Found(SearchResults? Empty, QueryPlan Plan, List<SearchNote> Messages, RecordFactsSnapshot Snapshot, List<Candidate> Candidates,
        FacetFilters Filters, bool Loosened, IReadOnlyList<QueryFilter> AllFilters);

    Found Find(SqliteConnection c, SearchRequest request, SearchDeadline deadline)
    {
        var parsed = QueryParser.Parse(request.Query);
        var plan = planner.Plan(parsed);
        var messages = parsed.Messages.Concat(plan.Messages).ToList();
        if (plan.NothingSearchable) return new Found(SearchResults.Empty(Notes(messages)), plan, messages, null!, [], null!, false, []);

        var generation = AuthorityRows.Generation(c);
        index.Refresh(generation);
        var snapshot = facetCache.Get(c, generation, out var reloaded);
        if (reloaded) RefreshProvisionalAuthorities(c);
        plan = FiledRecords.Resolve(plan, snapshot);
        var allFilters = parsed.Filters.Concat(request.Filters).Distinct().ToList();
        var (memoryFilters, indexFilters) = FacetFilters.Split(allFilters, authorities);
        var filter = indexFilters.Count == 0 ? null : filters.Build(indexFilters, messages);

        using var lease = index.Acquire();
        List<Candidate> candidates;
        bool loosened;
        try
        {
            (candidates, loosened) = lease.Searcher is { } searcher ? Candidates(searcher, plan, filter, snapshot, deadline) : ([], false);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Bounded by the planner (64 units), so only a pathological alias list gets here; the
            // visitor still gets an answer.
            messages.Add(SearchNotes.SearchFailed());
            return new Found(SearchResults.Empty(Notes(messages)), plan, messages, snapshot, [], memoryFilters, false, allFilters);
        }
        var today = Curation.Visibility.TodayText;
        // Each test reads a record's facts, scattered over memory: only when some record is hidden or a value excluded.
        bool hiding = !request.IncludeHidden && snapshot.AnyHidden;
        if (hiding || memoryFilters.ExcludesAny)
            candidates.RemoveAll(x => (hiding && x.Facts.IsHiddenOn(today)) || memoryFilters.Excludes(x));
        return new Found(null, plan, messages, snapshot, candidates, memoryFilters, loosened, allFilters);
    }

    /// <summary>Each note once, in the order first said: 400 stray ')' are one note, not 400.</summary>
    static SearchNote[] Notes(List<SearchNote> messages) => [.. messages.Distinct()];

    /// <summary>
    /// Every matching record with its facts, score and coverage. Plain words need
    /// <see cref="QueryPlan.MinimumMatch"/> of their units; when no record has that many, any unit
    /// will do and the search says it loosened.
    /// </summary>
    static (List<Candidate> Candidates, bool Loosened) Candidates(IndexSearcher searcher, QueryPlan plan, Filter? filter, RecordFactsSnapshot snapshot,
        SearchDeadline deadline)
    {
        var found = CandidateLists.Rent();
        if (plan.Match is null)
        {
            var everything = plan.Exclude is null ? (Query)new MatchAllDocsQuery() : LuceneQueries.AllBut(LuceneQueries.Build(plan.Exclude));
            searcher.Search(everything, filter, new MatchCollector(deadline, snapshot, found));
            return (found, false);
        }
        if (!plan.CountsUnits)
        {
            searcher.Search(LuceneQueries.Build(plan.Match), filter, new MatchCollector(deadline, snapshot, found));
            return (found, false);
        }

        var search = new UnitWindowSearch(searcher, plan);
        search.Collect(filter, loose: false, deadline, snapshot, found);
        bool loosened = false;
        if (found.Count == 0 && plan.MinimumMatch > 1)
        {
            search.Collect(filter, loose: true, deadline, snapshot, found);
            loosened = found.Count > 0;
        }
        return (found, loosened);
    }

    /// <summary>Provisional authorities another process created (a CLI import) become known here too.</summary>
    void RefreshProvisionalAuthorities(SqliteConnection c)
    {
        // Only what changed: re-adding hundreds of unchanged provisional names (their pinyin, the
        // matchers) after every batch of an import cost the search that noticed it most of a second.
        foreach (var a in AuthorityRows.LoadAll(c))
            if (authorities.Get(a.Kind, a.Id) is not { } known || !known.SameAs(a))
                if (!authorities.IsSuperseded(a)) authorities.Add(a);
    }

    List<SearchHit> Hydrate(SqliteConnection c, List<Candidate> page, QueryTerms terms, int snippetLength, RecordFactsSnapshot snapshot, SearchDeadline deadline)
    {
        if (page.Count == 0) return [];
        var rows = c.Query<RecordRow>("SELECT * FROM records WHERE rowid IN @ids", new { ids = page.Select(p => p.RowId) })
            .ToDictionary(r => r.RowId);
        var hits = new List<SearchHit>();
        foreach (var p in page)
        {
            deadline.CheckNow(); // a snippet analyzes text: the costliest step per hit
            if (!rows.TryGetValue(p.RowId, out var row)) continue; // deleted between the two reads
            var r = row.ToRecord(database.Bodies);
            var filed = FiledInstitution(snapshot, p.RowId);
            hits.Add(new SearchHit
            {
                RowId = p.RowId,
                Id = r.Id,
                Title = r.Title,
                TitleHtml = highlighter.MarkAll(r.Title, r.Language, terms),
                SnippetHtml = highlighter.Snippet(r.Body, r.Language, terms, snippetLength),
                Language = r.Language,
                Date = r.Date,
                Institution = r.Institution ?? filed?.Label(LanguageCodes.LabelLanguage(r.Language)),
                InstitutionLabels = filed?.Labels,
                Type = r.Type,
                SourceUrl = r.SourceUrl,
                Score = p.Score,
            });
        }
        return hits;
    }

    /// <summary>
    /// The institution a record was filed under (declared, or found from its web domain or title at
    /// import, or as an archivist corrected it): a result should say who published it.
    /// </summary>
    Authority? FiledInstitution(RecordFactsSnapshot snapshot, long rowId) =>
        snapshot.FactsOf(rowId) is { } facts && facts.Links.Institutions is [var id, ..]
            ? authorities.Get(AuthorityKinds.Institution, id)
            : null;
}
