using System.Text.Json;
using ArchivePortal.Storage.Portal;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Web.Records;

/// <summary>A record page: the record, its body as safe HTML, related records and the same event in other languages.</summary>
public sealed record RecordView(StoredRecord Stored, string BodyHtml, IReadOnlyList<RecordSummary> Related, IReadOnlyList<RecordSummary> OtherLanguages)
{
    public Core.Records.ArchiveRecord Record => Stored.Record;

    /// <summary>schema.org NewsArticle as JSON; System.Text.Json escapes &lt; and &gt;, so it is safe inside a script element.</summary>
    public string JsonLd(string url, string? publisher) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = Record.Title,
        ["inLanguage"] = Record.Language,
        ["datePublished"] = Record.Date?.ToString("yyyy-MM-dd"),
        ["dateModified"] = Stored.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["url"] = url,
        ["mainEntityOfPage"] = url,
        ["isBasedOn"] = Record.SourceUrl,
        ["publisher"] = publisher is null ? null : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = publisher },
        ["author"] = Record.Institution is null ? null : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = Record.Institution },
        ["about"] = Record.Topics.Count == 0 ? null : Record.Topics,
        ["mentions"] = Record.Persons.Count == 0 ? null : Record.Persons.Select(p => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = p }).ToList(),
    }.Where(kv => kv.Value is not null).ToDictionary());
}

public sealed class RecordPages(IArchiveStore store, PortalRecords records)
{
    public RecordView? Get(string id)
    {
        var stored = store.Get(id);
        if (stored is null) return null;
        return new RecordView(stored, SafeMarkdown.ToHtml(stored.Record.Body), records.Related(id, 5), records.OtherLanguages(id, 5));
    }
}
