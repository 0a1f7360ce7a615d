namespace ArchivePortal.Web.Records.Citations;

/// <summary>
/// What a reference manager needs to cite a record: its title, the institutions that issued it (as
/// corporate authors), its date and language, the portal's permanent address and the original source.
/// </summary>
public sealed record Citation(string Key, string Title, string Language, DateOnly? Date, IReadOnlyList<string> Authors,
    string Url, string? SourceUrl, string Publisher, bool IsNews, IReadOnlyList<string> Keywords, string Abstract)
{
    /// <summary>An abstract longer than this is cut: a citation carries a summary, not the record.</summary>
    const int AbstractLength = 500;

    public static Citation Of(RecordView view, string permalink, string publisher)
    {
        var r = view.Record;
        // Labels in the record's own language, as the structured data of the page names them.
        var lang = Core.Records.LanguageCodes.LabelLanguage(r.Language);
        var authors = view.Institutions.Count > 0 ? view.Institutions.Select(i => i.Label(lang)).ToList()
            : string.IsNullOrWhiteSpace(r.Institution) ? [] : [r.Institution];
        var body = OneLine(r.Body);
        return new Citation(r.Id, OneLine(r.Title), r.Language, r.Date, authors, permalink,
            SafeMarkdown.IsSafe(r.SourceUrl) && !string.IsNullOrWhiteSpace(r.SourceUrl) ? r.SourceUrl : null,
            publisher, r.Type == "news", view.Topics.Select(t => t.Label(lang)).ToList(),
            body.Length > AbstractLength ? body[..AbstractLength].TrimEnd() + "…" : body);
    }

    /// <summary>Every format here is line-based or keeps a field on one line: breaks and control characters become spaces.</summary>
    public static string OneLine(string? text) =>
        string.Join(' ', new string((text ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
