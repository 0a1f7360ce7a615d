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

    /// <summary>The same expression with every column filter narrowed to its title column.</summary>
    public static string TitlesOnly(string expression) =>
        System.Text.RegularExpressions.Regex.Replace(expression, @"\{(title_\w+) body_\w+\}", "{$1}");

    /// <summary>The bm25() call with every column's weight, in column order.</summary>
    public static readonly string Bm25 =
        "bm25(record_fts, " + string.Join(", ", All.Select(c => c.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
}
