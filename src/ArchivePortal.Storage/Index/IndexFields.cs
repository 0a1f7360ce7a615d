using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// The index's fields. One text field per analysis stream and record part (like one field per
/// language in Elasticsearch), each with its BM25 boost: titles weigh three times their bodies;
/// exact Vietnamese (with diacritics) ranks above folded; Chinese bigrams, which overlap the words,
/// weigh less than the words. BM25 normalizes length per field, so one stream's lengths never
/// shift another's ranking. Besides them, keyword fields that filters search.
/// </summary>
public static class IndexFields
{
    public sealed record TextField(string Name, TextStream Stream, RecordField Part, float Boost);

    public static readonly IReadOnlyList<TextField> Text =
    [
        new("title_zh", TextStream.ChineseWords, RecordField.Title, 3.0f),
        new("body_zh", TextStream.ChineseWords, RecordField.Body, 1.0f),
        new("title_zh2", TextStream.ChineseBigrams, RecordField.Title, 1.5f),
        new("body_zh2", TextStream.ChineseBigrams, RecordField.Body, 0.5f),
        new("title_en", TextStream.English, RecordField.Title, 3.0f),
        new("body_en", TextStream.English, RecordField.Body, 1.0f),
        new("title_vi", TextStream.VietnameseFolded, RecordField.Title, 3.0f),
        new("body_vi", TextStream.VietnameseFolded, RecordField.Body, 1.0f),
        new("title_vix", TextStream.VietnameseExact, RecordField.Title, 4.5f),
        new("body_vix", TextStream.VietnameseExact, RecordField.Body, 1.5f),
    ];

    /// <summary>The fields a stream's text goes to: title and body, or the title alone.</summary>
    public static IEnumerable<TextField> Of(TextStream stream, bool titleOnly) =>
        Text.Where(f => f.Stream == stream && (!titleOnly || f.Part == RecordField.Title));

    /// <summary>The SQLite row id: the document's key (a term to update by) and a doc value to read per match.</summary>
    public const string RowId = "rowid";

    public const string Language = "lang";

    /// <summary>The record type, lower-cased.</summary>
    public const string Type = "type";

    /// <summary>The date as yyyy-MM-dd: its order as text is its order in time.</summary>
    public const string Date = "date";

    /// <summary>Names as the record declares them (lower-cased), for filters on names no authority knows.</summary>
    public const string DeclaredInstitution = "institution_name";
    public const string DeclaredPerson = "person_name";
    public const string DeclaredTopic = "topic_name";
}
