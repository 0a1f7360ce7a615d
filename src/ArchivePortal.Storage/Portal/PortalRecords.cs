using System.Globalization;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Index;
using ArchivePortal.Storage.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Dapper;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// The record lists the portal shows besides search results: the newest records, every record
/// for the sitemap, records related by their top terms, and the same event in other languages.
/// </summary>
public sealed class PortalRecords(ArchiveDatabase database, ArchiveAnalyzer analyzer, ArchiveIndex index, AuthorityRegistry authorities)
{
    readonly EventTitles titles = new(authorities);

    /// <summary>The condition on a records row (alias r) that the public may see it today (@today).</summary>
    const string Visible = "(r.hidden_until IS NULL OR r.hidden_until <= @today)";

    static string Today => Curation.Visibility.TodayText;

    const string SummaryColumns = "r.id AS Id, r.title AS Title, r.lang AS Language, r.date AS Date, r.institution AS Institution, r.type AS Type";

    /// <summary>The most recently dated records, newest first; undated ones only when too few are dated.</summary>
    public IReadOnlyList<RecordSummary> Newest(int count)
    {
        using var c = database.Connect();
        // Two queries so that each walks an index (records_date, the rowid) instead of sorting the table.
        var dated = Summaries(c.Query<SummaryRow>(
            $"SELECT {SummaryColumns} FROM records r WHERE r.date IS NOT NULL AND {Visible} ORDER BY r.date DESC, r.rowid DESC LIMIT @count", new { count, today = Today }));
        if (dated.Count >= count) return dated;
        return [.. dated, .. Summaries(c.Query<SummaryRow>(
            $"SELECT {SummaryColumns} FROM records r WHERE r.date IS NULL AND {Visible} ORDER BY r.rowid DESC LIMIT @rest", new { rest = count - dated.Count, today = Today }))];
    }

    /// <summary>Every public record's id with its last change, in id order, streamed for the sitemap.</summary>
    public IEnumerable<RecordStamp> All()
    {
        using var c = database.Connect();
        foreach (var (id, updated) in c.Query<(string, string)>($"SELECT id, updated_at FROM records r WHERE {Visible} ORDER BY id", new { today = Today }, buffered: false))
            yield return new RecordStamp(id, DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The records most similar to <paramref name="id"/>: its terms weighted by frequency in the
    /// record and rarity in the archive (tf·idf, document frequencies from the index), the top ones
    /// OR-ed into one query ranked by BM25.
    /// </summary>
    public IReadOnlyList<RecordSummary> Related(string id, int count, int terms = 8)
    {
        using var c = database.Connect();
        var row = c.QuerySingleOrDefault<RecordRow>("SELECT * FROM records WHERE id = @id", new { id });
        if (row is null) return [];
        using var lease = index.Acquire();
        if (lease.Searcher is not { } searcher) return [];
        var top = TopTerms.Pick(searcher.IndexReader, RecordAnalysis.Of(analyzer, row.ToRecord(database.Bodies)), terms);
        if (top.Count == 0) return [];
        var query = new BooleanQuery(disableCoord: true);
        foreach (var t in top) query.Add(new TermQuery(t), Occur.SHOULD);
        var hits = searcher.Search(query, count + 1).ScoreDocs;
        var rowIds = new List<long>();
        foreach (var hit in hits)
        {
            var leaf = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(hit.Doc, searcher.IndexReader.Leaves)];
            var rowId = Search.SegmentRowIds.Of(leaf.AtomicReader)?[hit.Doc - leaf.DocBase];
            if (rowId is { } r && r != row.RowId) rowIds.Add(r);
        }
        var summaries = Read(c.Query<SummaryRow>($"SELECT r.rowid AS RowId, {SummaryColumns} FROM records r WHERE r.rowid IN @rowIds AND {Visible}", new { rowIds, today = Today }))
            .ToDictionary(s => s.RowId);
        return rowIds.Where(summaries.ContainsKey).Select(r => summaries[r].Summary).Take(count).ToList();
    }

    /// <summary>
    /// Records in another language about the same event, dated within <paramref name="days"/> days
    /// of this one: filed under its institution, or with a title naming one of its persons and the
    /// same things as its title (<see cref="TitleAnchors"/>), and never with a title that names another
    /// institution or topic. Authorities make 中国国家图书馆 meet National Library of China and 饶权
    /// meet Rao Quan. A person alone is not an event (the director of a large library is in a dozen
    /// records a week), nor is a library's week. Those sharing the most first, then the closest in date.
    /// </summary>
    public IReadOnlyList<RecordSummary> OtherLanguages(string id, int count, int days = 3)
    {
        using var c = database.Connect();
        var title = c.QuerySingleOrDefault<string>("SELECT title FROM records WHERE id = @id", new { id });
        if (title is null) return [];
        var candidates = c.Query<EventRow>(
            $"""
            WITH s AS MATERIALIZED (SELECT rowid, lang, date FROM records WHERE id = @id AND date IS NOT NULL),
            filed AS MATERIALIZED (
                SELECT kind, authority_id FROM record_authorities
                WHERE record_rowid = (SELECT rowid FROM s) AND role = 'primary' AND kind IN (@institution, @person)),
            -- The records of those days first (a few hundred at most, by the date index), then their
            -- authorities: the CROSS JOINs keep SQLite from starting at every record filed under the
            -- institution, which took seconds at 100,000 records.
            near AS MATERIALIZED (
                SELECT r.rowid FROM s CROSS JOIN records r
                WHERE r.date BETWEEN date(s.date, '-' || @days || ' days') AND date(s.date, '+' || @days || ' days')
                  AND r.lang <> s.lang AND r.rowid <> s.rowid),
            shared AS (
                SELECT near.rowid, count(*) AS n, max(f.kind = @institution) AS institution
                FROM near CROSS JOIN record_authorities a CROSS JOIN filed f
                WHERE a.record_rowid = near.rowid AND a.role = 'primary' AND a.kind = f.kind AND a.authority_id = f.authority_id
                GROUP BY near.rowid)
            SELECT {SummaryColumns}, shared.institution AS SharesInstitution FROM shared JOIN records r ON r.rowid = shared.rowid, s
            WHERE {Visible}
            ORDER BY shared.n DESC, abs(julianday(r.date) - julianday(s.date)), r.date DESC
            """, new { id, days, institution = AuthorityKinds.Institution, person = AuthorityKinds.Person, today = Today });
        var anchors = titles.Of(title);
        return Summaries(candidates.Where(r => titles.Of(r.Title) is var other && !anchors.Contradicts(other) && (r.SharesInstitution != 0 || anchors.TellsTheSameEventAs(other))).Take(count));
    }

    static List<RecordSummary> Summaries(IEnumerable<SummaryRow> rows) => Read(rows).Select(r => r.Summary).ToList();

    static List<(long RowId, RecordSummary Summary)> Read(IEnumerable<SummaryRow> rows) =>
        rows.Select(r => (r.RowId, new RecordSummary(r.Id, r.Title, r.Language,
            r.Date is null ? null : DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Institution, r.Type))).ToList();

    /// <summary>A record of the same days that shares an authority; whether the institution is among them.</summary>
    sealed class EventRow : SummaryRow
    {
        public long SharesInstitution { get; set; }
    }

    class SummaryRow
    {
        public long RowId { get; set; }
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string Language { get; set; } = "";
        public string? Date { get; set; }
        public string? Institution { get; set; }
        public string Type { get; set; } = "";
    }
}
