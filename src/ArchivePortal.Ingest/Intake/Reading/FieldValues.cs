using System.Globalization;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>Parsing of field values that front matter and JSONL share.</summary>
internal static class FieldValues
{
    /// <summary>
    /// A date written as YYYY-MM-DD, optionally followed by a time (2018-04-23T10:00:00Z); the time is dropped
    /// because records carry a day. Null when the text is not such a date.
    /// </summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        if (value.Length > 10 && value[10] is 'T' or ' ' or 't') value = value[..10];
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }
}
