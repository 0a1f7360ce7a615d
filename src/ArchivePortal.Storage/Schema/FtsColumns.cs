using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Storage.Schema;

/// <summary>
/// The full-text table's columns: one per analysis stream and record field, each with its
/// bm25 weight. Titles weigh three times their bodies; exact Vietnamese (with diacritics) ranks
/// above folded; Chinese bigrams, which overlap the words, weigh less than the words.
/// </summary>
public static class FtsColumns
{
    public sealed record Column(string Name, TextStream Stream, RecordField Field, double Weight);

    public static readonly IReadOnlyList<Column> All =
    [
        new("title_zh", TextStream.ChineseWords, RecordField.Title, 3.0),
        new("body_zh", TextStream.ChineseWords, RecordField.Body, 1.0),
        new("title_zh2", TextStream.ChineseBigrams, RecordField.Title, 1.5),
        new("body_zh2", TextStream.ChineseBigrams, RecordField.Body, 0.5),
        new("title_en", TextStream.English, RecordField.Title, 3.0),
        new("body_en", TextStream.English, RecordField.Body, 1.0),
        new("title_vi", TextStream.VietnameseFolded, RecordField.Title, 3.0),
        new("body_vi", TextStream.VietnameseFolded, RecordField.Body, 1.0),
        new("title_vix", TextStream.VietnameseExact, RecordField.Title, 4.5),
        new("body_vix", TextStream.VietnameseExact, RecordField.Body, 1.5),
    ];

    public static Column For(TextStream stream, RecordField field) =>
        All.First(c => c.Stream == stream && c.Field == field);

    /// <summary>The column filter prefix for a stream, e.g. <c>{title_en body_en}</c> or <c>{title_en}</c>.</summary>
    public static string Filter(TextStream stream, bool titleOnly) =>
        titleOnly ? "{" + For(stream, RecordField.Title).Name + "}"
                  : "{" + For(stream, RecordField.Title).Name + " " + For(stream, RecordField.Body).Name + "}";

    /// <summary>The column filter for several streams at once, e.g. <c>{title_vix body_vix title_vi body_vi}</c>.</summary>
    public static string Filter(IEnumerable<TextStream> streams, bool titleOnly) =>
        "{" + string.Join(' ', streams.Select(s => Filter(s, titleOnly)[1..^1])) + "}";

    /// <summary>The column's index in the table, by name; -1 for an unknown name.</summary>
    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Count; i++)
            if (All[i].Name == name) return i;
        return -1;
    }
}
