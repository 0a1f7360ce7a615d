using System.Globalization;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Curation;

/// <summary>The fields of a record an archivist may correct, by the names the audit log and the forms use.</summary>
public static class CuratedFields
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Language = "lang";
    public const string Type = "type";
    /// <summary>The archivist's note: kept in the overlay only, shown to archivists.</summary>
    public const string Note = "note";
    /// <summary>Public, withdrawn or embargoed (<see cref="Curation.Visibility"/>): kept in the overlay, in effect as records.hidden_until.</summary>
    public const string Visibility = "visibility";

    public static readonly IReadOnlyList<string> All = [Title, Date, Language, Type, Note, Visibility];

    /// <summary>The languages a record may be corrected to (the analysis knows these).</summary>
    public static readonly IReadOnlyList<string> Languages = ["zh", "zh-Hant", "en", "vi"];

    public static bool IsRecordColumn(string field) => field is Title or Date or Language or Type;

    /// <summary>A field's value as text (a date as yyyy-MM-dd, no date as null).</summary>
    public static string? Of(ArchiveRecord r, string field) => field switch
    {
        Title => r.Title,
        Date => r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Language => r.Language,
        Type => r.Type,
        _ => null,
    };

    public static ArchiveRecord With(ArchiveRecord r, string field, string? value) => field switch
    {
        Title => r with { Title = value ?? "" },
        Date => r with { Date = value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
        Language => r with { Language = value ?? r.Language },
        Type => r with { Type = value ?? r.Type },
        _ => r,
    };

    /// <summary>
    /// The value as it will be stored, or the reason it cannot be: a title is one line of text, a date
    /// a real calendar day (empty: undated), a language one the analysis knows, a type a short word.
    /// </summary>
    public static (string? Value, string? Problem) Normalize(string field, string? text)
    {
        var v = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return field switch
        {
            Title when v is null => (null, "A title cannot be empty."),
            Title when v.Length > 500 || v.Any(char.IsControl) => (null, "A title is one line of at most 500 characters."),
            Date when v is not null && !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                => (null, $"“{v}” is not a date (yyyy-mm-dd)."),
            Language when v is null || !Languages.Contains(v) => (null, $"The language is one of {string.Join(", ", Languages)}."),
            Type when v is null || v.Length > 40 || !v.All(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_') => (null, "A type is one short word, such as news or meeting."),
            Note when v is { Length: > 4000 } => (null, "A note has at most 4,000 characters."),
            Visibility when v is null or Curation.Visibility.PublicKind => (null, null),
            Visibility when Curation.Visibility.FromOverlayValue(v).OverlayValue is not { } known || known != v
                => (null, "Visibility is public, withdrawn, or embargo:yyyy-mm-dd."),
            _ => (v, null),
        };
    }
}
