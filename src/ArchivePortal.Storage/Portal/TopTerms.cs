using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// Picks a record's most telling index terms: frequent in the record, rare in the archive.
/// Document frequencies come from an fts5vocab table over the contentless index, created per
/// connection in the temp schema (so the database file's schema is untouched).
/// </summary>
internal static class TopTerms
{
    const int MaxLookups = 80;

    public static List<string> Pick(SqliteConnection c, string[] columnTexts, int count)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in columnTexts)
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (IsUseful(token)) tf[token] = tf.GetValueOrDefault(token) + 1;
        if (tf.Count == 0) return [];

        c.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.portal_fts_vocab USING fts5vocab(main, 'record_fts', 'row')");
        // max(rowid) stands in for the record count: an idf needs its size, not its exact value.
        var total = Math.Max(1, c.ExecuteScalar<long?>("SELECT max(rowid) FROM records") ?? 1);
        // Look up (one indexed probe each) only the record's most frequent terms, which bounds the work on long records.
        var df = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var term in tf.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxLookups).Select(t => t.Key))
            if (c.ExecuteScalar<long?>("SELECT doc FROM temp.portal_fts_vocab WHERE term = @term", new { term }) is { } doc)
                df[term] = doc;

        return tf
            // Terms in more than a tenth of a large archive say little and make the OR query score too many rows.
            .Where(t => df.GetValueOrDefault(t.Key) > 0 && df[t.Key] <= Math.Max(50, total / 10))
            .Select(t => (Term: t.Key, Weight: (1 + Math.Log(t.Value)) * Math.Log(1 + total / (double)df[t.Key])))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count).Select(t => t.Term).ToList();
    }

    /// <summary>Numbers and single Latin letters say little about what a record is about.</summary>
    static bool IsUseful(string token) =>
        !token.All(char.IsAsciiDigit) && !(token.Length == 1 && char.IsAscii(token[0]));
}
