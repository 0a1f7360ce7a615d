using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage.Index;
using Lucene.Net.Index;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// Picks a record's most telling index terms: frequent in the record, rare in the archive
/// (document frequencies from the index), each in the field it was indexed in.
/// </summary>
internal static class TopTerms
{
    const int MaxLookups = 80;

    public static List<Term> Pick(IndexReader reader, RecordAnalysis analysis, int count)
    {
        var tf = new Dictionary<(string Field, string Text), int>();
        foreach (var field in IndexFields.Text)
        {
            var streams = field.Part == RecordField.Title ? analysis.Title : analysis.Body;
            if (!streams.TryGetValue(field.Stream, out var tokens)) continue;
            foreach (var token in tokens)
                if (IsUseful(token.Text)) tf[(field.Name, token.Text)] = tf.GetValueOrDefault((field.Name, token.Text)) + 1;
        }
        if (tf.Count == 0) return [];

        var total = Math.Max(1, reader.NumDocs);
        // Look up only the record's most frequent terms, which bounds the work on long records.
        var df = new Dictionary<(string, string), int>();
        foreach (var key in tf.OrderByDescending(t => t.Value).ThenBy(t => t.Key.Text, StringComparer.Ordinal).Take(MaxLookups).Select(t => t.Key))
            df[key] = reader.DocFreq(new Term(key.Field, key.Text));

        return tf
            // Terms in more than a tenth of a large archive say little and make the OR query match too many records.
            .Where(t => df.GetValueOrDefault(t.Key) > 0 && df[t.Key] <= Math.Max(50, total / 10))
            .Select(t => (t.Key, Weight: (1 + Math.Log(t.Value)) * Math.Log(1 + total / (double)df[t.Key])))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Key.Text, StringComparer.Ordinal)
            .Take(count).Select(t => new Term(t.Key.Field, t.Key.Text)).ToList();
    }

    /// <summary>Numbers and single Latin letters say little about what a record is about.</summary>
    static bool IsUseful(string token) =>
        !token.All(char.IsAsciiDigit) && !(token.Length == 1 && char.IsAscii(token[0]));
}
