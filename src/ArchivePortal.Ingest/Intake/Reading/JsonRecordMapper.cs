using System.Text;
using System.Text.Json;
using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;
using ArchivePortal.Ingest.Chrome;
using ArchivePortal.Ingest.Intake.Normalization;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Turns one JSON object (a JSONL line) into a record: id, lang, title, body, date, institution,
/// persons[], topics[], url, type. Title and body are required; the rest is derived when absent like in
/// the other readers. The id, when absent, is the file name and line number: stable as long as the file
/// is not reordered, so exports should carry their own ids.
/// </summary>
internal static class JsonRecordMapper
{
    /// <summary>A record from <paramref name="json"/>, or the failure at <paramref name="origin"/>.</summary>
    public static ArchiveRecord? Map(JsonElement json, string fileId, long line, string origin, out ReadFailure? failure)
    {
        failure = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            failure = new ReadFailure(origin, $"expected a JSON object {{\"title\": …, \"body\": …}}, found {Describe(json.ValueKind)}", IntakeErrorCodes.InvalidJson);
            return null;
        }
        if (!NamesAreText(json))
        {
            failure = new ReadFailure(origin, "a field name is not valid Unicode (a lone surrogate escape such as \\udc00)", IntakeErrorCodes.InvalidJson);
            return null;
        }
        var errors = new List<string>();
        var title = Text(json, "title", errors);
        var rawBody = Text(json, "body", errors);
        var declaredLanguage = Text(json, "lang", errors);
        var declaredDate = Text(json, "date", errors);
        var id = Text(json, "id", errors);
        var institution = Text(json, "institution", errors);
        var url = Text(json, "url", errors);
        var type = Text(json, "type", errors);
        var persons = List(json, "persons", errors);
        var topics = List(json, "topics", errors);

        if (string.IsNullOrWhiteSpace(title)) errors.Add("missing field 'title'");
        if (rawBody is null) errors.Add("missing field 'body'");
        var language = LanguageCodes.Normalize(declaredLanguage);
        if (declaredLanguage is not null && language is null)
            errors.Add($"lang '{declaredLanguage}' is not one of {string.Join(", ", LanguageCodes.All)}");
        var date = FieldValues.Date(declaredDate);
        if (declaredDate is not null && date is null) errors.Add($"date '{declaredDate}' is not a date; write it as YYYY-MM-DD");
        if (id is not null && RecordIds.Problem(id) is { } idProblem) errors.Add(idProblem);
        if (errors.Count > 0)
        {
            failure = new ReadFailure(origin, string.Join("; ", errors), IntakeErrorCodes.InvalidField);
            return null;
        }

        var chrome = PageChromeRemover.Default.Remove(rawBody!);
        var body = chrome.Text;
        return new ArchiveRecord
        {
            Id = id ?? $"{fileId}-{line}",
            Title = title!,
            Body = body,
            Language = language ?? LanguageDetector.Detect($"{title}\n{body}"),
            Date = date ?? (DateExtractor.FindHeader(chrome.RemovedText) ?? DateExtractor.Find(body, title))?.Date,
            Institution = institution,
            SourceUrl = url,
            Type = type?.ToLowerInvariant() ?? RecordTypeClassifier.Classify(title!, body.Split("\n\n", 2)[0]),
            Persons = persons,
            Topics = topics,
            Origin = origin,
        };
    }

    /// <summary>
    /// False when a field name holds a lone surrogate escape ("\udc00": valid JSON, not text): looking up
    /// any field of the object compares names and throws on it, so the line fails here instead.
    /// </summary>
    static bool NamesAreText(JsonElement json)
    {
        try
        {
            foreach (var property in json.EnumerateObject()) _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    static string? Text(JsonElement json, string name, List<string> errors)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            string raw;
            try { raw = value.GetString()!; }
            catch (InvalidOperationException) { errors.Add($"field '{name}' holds text that is not valid Unicode"); return null; }
            // A lone surrogate escape (\ud800) is valid JSON but not text: it becomes U+FFFD, as a decoder would make it.
            return IntakeText.Normalize(raw).Trim() is { Length: > 0 } s ? s : null;
        }
        errors.Add($"field '{name}' must be a string, not {Describe(value.ValueKind)}");
        return null;
    }

    static IReadOnlyList<string> List(JsonElement json, string name, List<string> errors)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || !value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
        {
            errors.Add($"field '{name}' must be an array of strings");
            return [];
        }
        try
        {
            return [.. value.EnumerateArray().Select(v => UnicodeText.Nfc(v.GetString()!).Trim()).Where(v => v.Length > 0)];
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape, as in Text.
            errors.Add($"field '{name}' holds text that is not valid Unicode");
            return [];
        }
    }

    static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
