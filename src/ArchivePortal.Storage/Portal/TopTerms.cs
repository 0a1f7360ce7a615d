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
    public static List<string> Pick(SqliteConnection c, string[] columnTexts, int count)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in columnTexts)
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (IsUseful(token)) tf[token] = tf.GetValueOrDefault(token) + 1;
        if (tf.Count == 0) return [];

        c.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.portal_fts_vocab USING fts5vocab(main, 'record_fts', 'row')");
        var total = Math.Max(1, c.ExecuteScalar<long>("SELECT count(*) FROM records"));
        var df = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in tf.Keys.Chunk(400))
            foreach (var (term, doc) in c.Query<(string, long)>("SELECT term, doc FROM temp.portal_fts_vocab WHERE term IN @chunk", new { chunk }))
                df[term] = doc;

        return tf
            .Where(t => df.GetValueOrDefault(t.Key) > 0)
            .Select(t => (Term: t.Key, Weight: (1 + Math.Log(t.Value)) * Math.Log(1 + total / (double)df[t.Key])))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count).Select(t => t.Term).ToList();
    }

    /// <summary>Numbers and single Latin letters say little about what a record is about.</summary>
    static bool IsUseful(string token) =>
        !token.All(char.IsAsciiDigit) && !(token.Length == 1 && char.IsAscii(token[0]));
}
