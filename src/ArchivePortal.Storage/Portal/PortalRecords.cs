using System.Globalization;
using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage.Records;
using Dapper;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// The record lists the portal shows besides search results: the newest records, every record
/// for the sitemap, records related by their top terms, and the same event in other languages.
/// </summary>
public sealed class PortalRecords(ArchiveDatabase database, ArchiveAnalyzer analyzer)
{
    const string SummaryColumns = "r.id AS Id, r.title AS Title, r.lang AS Language, r.date AS Date, r.institution AS Institution, r.type AS Type";

    /// <summary>The most recently dated records, newest first; undated ones only when too few are dated.</summary>
    public IReadOnlyList<RecordSummary> Newest(int count)
    {
        using var c = database.Connect();
        // Two queries so that each walks an index (records_date, the rowid) instead of sorting the table.
        var dated = Read(c.Query<SummaryRow>(
            $"SELECT {SummaryColumns} FROM records r WHERE r.date IS NOT NULL ORDER BY r.date DESC, r.rowid DESC LIMIT @count", new { count }));
        if (dated.Count >= count) return dated;
        return [.. dated, .. Read(c.Query<SummaryRow>(
            $"SELECT {SummaryColumns} FROM records r WHERE r.date IS NULL ORDER BY r.rowid DESC LIMIT @rest", new { rest = count - dated.Count }))];
    }

    /// <summary>Every record id with its last change, in id order, streamed for the sitemap.</summary>
    public IEnumerable<RecordStamp> All()
    {
        using var c = database.Connect();
        foreach (var (id, updated) in c.Query<(string, string)>("SELECT id, updated_at FROM records ORDER BY id", buffered: false))
            yield return new RecordStamp(id, DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The records most similar to <paramref name="id"/>: its terms weighted by frequency in the
    /// record and rarity in the archive (tf·idf from an fts5vocab view of the index), the top ones
    /// OR-ed into one full-text query ranked by bm25.
    /// </summary>
    public IReadOnlyList<RecordSummary> Related(string id, int count, int terms = 8)
    {
        using var c = database.Connect();
        var row = c.QuerySingleOrDefault<RecordRow>("SELECT * FROM records WHERE id = @id", new { id });
        if (row is null) return [];
        var top = TopTerms.Pick(c, IndexedRecord.Analyze(analyzer, row.ToRecord([], [])), terms);
        if (top.Count == 0) return [];
        var match = string.Join(" OR ", top.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
        return Read(c.Query<SummaryRow>(
            $"""
            WITH m AS MATERIALIZED (SELECT rowid, rank FROM record_fts WHERE record_fts MATCH @match ORDER BY rank LIMIT @limit)
            SELECT {SummaryColumns} FROM m JOIN records r ON r.rowid = m.rowid WHERE r.rowid <> @self ORDER BY m.rank
            """, new { match, limit = count + 1, self = row.RowId }).Take(count));
    }

    /// <summary>
    /// Records in another language about the same event: dated within <paramref name="days"/> days
    /// of this one and sharing its institution or one of its persons; closest in date first.
    /// </summary>
    public IReadOnlyList<RecordSummary> OtherLanguages(string id, int count, int days = 3)
    {
        using var c = database.Connect();
        return Read(c.Query<SummaryRow>(
            $"""
            SELECT {SummaryColumns} FROM records s JOIN records r
              ON r.lang <> s.lang AND r.rowid <> s.rowid
             AND r.date BETWEEN date(s.date, '-' || @days || ' days') AND date(s.date, '+' || @days || ' days')
            WHERE s.id = @id AND s.date IS NOT NULL
              AND ((s.institution IS NOT NULL AND r.institution = s.institution COLLATE NOCASE)
                   OR EXISTS (SELECT 1 FROM record_persons p JOIN record_persons q ON q.name = p.name
                              WHERE p.record_rowid = r.rowid AND q.record_rowid = s.rowid))
            ORDER BY abs(julianday(r.date) - julianday(s.date)), r.date DESC
            LIMIT @count
            """, new { id, days, count }));
    }

    static List<RecordSummary> Read(IEnumerable<SummaryRow> rows) =>
        rows.Select(r => new RecordSummary(r.Id, r.Title, r.Language,
            r.Date is null ? null : DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Institution, r.Type)).ToList();

    sealed class SummaryRow
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string Language { get; set; } = "";
        public string? Date { get; set; }
        public string? Institution { get; set; }
        public string Type { get; set; } = "";
    }
}
