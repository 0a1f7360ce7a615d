using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// The persons and topics a record declares, as its source names them (not the authorities it is
/// filed under): a JSON array in a column of the record (schema step 13), NULL when there is none.
/// They are read only with the record itself, so a table of their own (with two indexes) only cost room.
/// </summary>
internal static class DeclaredNames
{
    // Names as they are (李四, not \u674E\u56DB): half the room for Chinese and Vietnamese names.
    // The column is never written into HTML, so no character needs escaping beyond JSON's own.
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The names trimmed, blanks dropped and each kept once (case aside), in their order; null for none.</summary>
    public static string? ToColumn(IEnumerable<string> names)
    {
        var kept = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept, Json);
    }

    public static IReadOnlyList<string> FromColumn(string? column) =>
        column is null ? [] : JsonSerializer.Deserialize<List<string>>(column) ?? [];
}
