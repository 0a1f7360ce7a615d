using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search.Ranking;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// Search over the FTS5 index. One pass over the matches yields every matching row with its bm25
/// score and how many query words it has (<see cref="MatchScorer"/>, our ranking function inside
/// FTS5); facts for facets and sorting come from memory (<see cref="RecordFacetCache"/>); counting,
/// facets, coverage and the top-k happen in memory, and only the page's rows are read in full for
/// titles and snippets.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    readonly ArchiveDatabase database;
    readonly FtsQueryCompiler compiler;
    readonly FilterSql filterSql;
    readonly Highlighter highlighter;

    readonly AuthorityRegistry authorities;
    readonly RecordFacetCache facetCache = new();
    readonly DocumentFrequencies documentFrequencies = new();

    public SqliteSearchIndex(ArchiveDatabase database, ArchiveAnalyzer analyzer, AuthorityRegistry authorities)
    {
        this.database = database;
        this.authorities = authorities;
        compiler = new FtsQueryCompiler(analyzer, authorities);
        filterSql = new FilterSql(compiler, authorities);
        highlighter = new Highlighter(analyzer);
    }

    public SearchResults Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        var compiled = compiler.Compile(parsed);
        var messages = parsed.Messages.Concat(compiled.Messages).ToList();
        if (compiled.NothingSearchable) return SearchResults.Empty(Notes(messages));

        using var c = database.Connect();
        // One snapshot for the whole search: the generation, the facts, the matches and the hits all
        // describe the same state of the archive, whatever an import commits meanwhile.
        using var snapshotRead = c.BeginTransaction(deferred: true);
        var allFilters = parsed.Filters.Concat(request.Filters).Distinct().ToList();
        var (memoryFilters, sqlFilters) = FacetFilters.Split(allFilters, authorities);
        var generation = AuthorityRows.Generation(c);
        var snapshot = facetCache.Get(c, generation, out var reloaded);
        var facts = snapshot.Facts;
        var frequencies = documentFrequencies.For(generation);
        if (reloaded) RefreshProvisionalAuthorities(c);
        List<Candidate> candidates;
        bool loosened = false;
        try
        {
            candidates = Candidates(c, compiled, sqlFilters, snapshot, frequencies, messages);
            if (candidates.Count == 0 && compiled.Relaxed is not null)
            {
                candidates = Candidates(c, new CompiledQuery { Match = compiled.Relaxed, IsDisjunction = true }, sqlFilters, snapshot, frequencies, messages);
                loosened = candidates.Count > 0;
            }
            (candidates, var tooFewWords) = ApplyCoverage(compiled, candidates);
            loosened |= tooFewWords;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // Every token is quoted, so this means a bug in the compiler; the visitor still gets an answer.
            messages.Add(SearchNotes.SearchFailed());
            return SearchResults.Empty(Notes(messages));
        }

        var (facets, sizes) = request.IncludeFacets
            ? FacetCounter.Count(candidates, memoryFilters, snapshot.Vocabulary, authorities, request)
            : ([], []);
        var matches = candidates.Where(x => memoryFilters.Matches(x)).ToList();
        // Said only when something is shown: beside "no records found" it would contradict the page.
        if (loosened && matches.Count > 0) messages.Add(SearchNotes.Loosened());
        var page = ResultPage.Select(matches, request.Sort, hasText: compiled.Match is not null, request.Offset, request.Limit);
        return new SearchResults
        {
            Hits = Hydrate(c, page, compiled.Terms, request.SnippetLength, snapshot),
            Total = matches.Count,
            Facets = facets,
            FacetSizes = sizes,
            AppliedFilters = allFilters,
            Messages = Notes(messages),
        };
    }

    /// <summary>Each note once, in the order first said: 400 stray ')' are one note, not 400.</summary>
    static SearchNote[] Notes(List<SearchNote> messages) => [.. messages.Distinct()];

    /// <summary>
    /// Every matching record with its facts, its bm25 score and how many of the query's words it
    /// has, from one pass over the matches: the C# ranking function <see cref="MatchScorer"/> runs
    /// inside FTS5 for each row. Facts come from memory; filters that need SQL restrict the rowids
    /// with a subquery around the MATCH.
    /// </summary>
    List<Candidate> Candidates(SqliteConnection c, CompiledQuery q, List<QueryFilter> filters,
        RecordFactsSnapshot snapshot, DocumentFrequencies.Table frequencies, List<SearchNote> messages)
    {
        var facts = snapshot.Facts;
        using var cmd = c.CreateCommand();
        var where = filters.Count == 0 ? null : filterSql.Build(filters, cmd, messages);
        var restrict = where is null ? "" : $" AND rowid IN (SELECT r.rowid FROM records r WHERE {where})";
        if (q.Match is null)
        {
            var exclude = q.Exclude is null ? "" : " AND rowid NOT IN (SELECT rowid FROM record_fts WHERE record_fts MATCH $exclude)";
            cmd.CommandText = $"SELECT rowid FROM records WHERE 1{restrict}{exclude}";
            if (q.Exclude is not null) cmd.Parameters.AddWithValue("$exclude", q.Exclude);
            return Read(cmd, facts);
        }

        cmd.CommandText = $"SELECT {MatchScorer.Function}(record_fts) FROM record_fts WHERE record_fts MATCH $match{restrict}";
        cmd.Parameters.AddWithValue("$match", q.Match);
        var plan = MatchPlan.For(q.Match, q.Units, q.ExactUnits);
        var list = new List<Candidate>();
        foreach (var m in MatchScorer.For(c).Run(cmd, plan, frequencies, snapshot.Lengths,
                     seesEveryRecordOfEachPhrase: q.IsDisjunction && where is null))
        {
            if (!facts.TryGetValue(m.RowId, out var f)) continue; // written after the facts were read: next search has it
            list.Add(new Candidate(m.RowId, m.Score, f.Language, f.Year, f.Type, f.Date)
            {
                Links = f.Links, Ordinals = f.Ordinals, Coverage = m.Coverage, ExactCoverage = m.ExactCoverage,
            });
        }
        return list;
    }

    /// <summary>The matching rowids with their facts, unscored.</summary>
    static List<Candidate> Read(SqliteCommand cmd, Dictionary<long, RecordFacts> facts)
    {
        var list = new List<Candidate>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var rowId = reader.GetInt64(0);
            if (!facts.TryGetValue(rowId, out var f)) continue; // written after the facts were read: next search has it
            list.Add(new Candidate(rowId, 0, f.Language, f.Year, f.Type, f.Date) { Links = f.Links, Ordinals = f.Ordinals });
        }
        return list;
    }

    /// <summary>
    /// Keeps records with enough of the query's words (counted by the scoring pass); when none has
    /// enough, keeps them all and says the search was loosened.
    /// </summary>
    static (List<Candidate> Candidates, bool Loosened) ApplyCoverage(CompiledQuery q, List<Candidate> candidates)
    {
        if (q.Units.Count == 0 || candidates.Count == 0) return (candidates, false);
        var enough = candidates.Where(x => x.Coverage >= q.MinimumMatch).ToList();
        return enough.Count > 0 ? (enough, false) : (candidates, true);
    }

    /// <summary>Provisional authorities another process created (a CLI import) become known here too.</summary>
    void RefreshProvisionalAuthorities(SqliteConnection c)
    {
        foreach (var a in AuthorityRows.LoadAll(c))
            if (!authorities.IsSuperseded(a)) authorities.Add(a);
    }

    List<SearchHit> Hydrate(SqliteConnection c, List<Candidate> page, QueryTerms terms, int snippetLength, RecordFactsSnapshot snapshot)
    {
        if (page.Count == 0) return [];
        var rows = c.Query<RecordRow>("SELECT * FROM records WHERE rowid IN @ids", new { ids = page.Select(p => p.RowId) })
            .ToDictionary(r => r.RowId);
        var hits = new List<SearchHit>();
        foreach (var p in page)
        {
            if (!rows.TryGetValue(p.RowId, out var row)) continue; // deleted between the two reads
            var r = row.ToRecord([], []);
            hits.Add(new SearchHit
            {
                Id = r.Id,
                Title = r.Title,
                TitleHtml = highlighter.MarkAll(r.Title, r.Language, terms),
                SnippetHtml = highlighter.Snippet(r.Body, r.Language, terms, snippetLength),
                Language = r.Language,
                Date = r.Date,
                Institution = r.Institution ?? FiledInstitution(snapshot, p.RowId, r.Language),
                Type = r.Type,
                SourceUrl = r.SourceUrl,
                Score = p.Score,
            });
        }
        return hits;
    }

    /// <summary>
    /// The institution a record without one declared was filed under (found from its web domain or
    /// title at import), named in the record's language: a result should say who published it.
    /// </summary>
    string? FiledInstitution(RecordFactsSnapshot snapshot, long rowId, string language) =>
        snapshot.Facts.TryGetValue(rowId, out var facts) && facts.Links.Institutions is [var id, ..]
            ? authorities.Get(AuthorityKinds.Institution, id)?.Label(LanguageCodes.LabelLanguage(language))
            : null;
}

/// <summary>A matching record before the page is chosen: what sorting and facets need.</summary>
internal sealed record Candidate(long RowId, double Score, string Language, int? Year, string Type, string? Date)
{
    public int Coverage { get; init; }

    /// <summary>Matched query words without alias expansion: exact mentions rank above alias matches.</summary>
    public int ExactCoverage { get; init; }

    public RecordFacetLinks Links { get; init; } = RecordFacetLinks.None;

    /// <summary>The record's facet values as ordinals of the snapshot's <see cref="FacetVocabulary"/>.</summary>
    public int[] Ordinals { get; init; } = [];
}
