using System.Text.Json;
using ArchivePortal.Storage.Portal;
using ArchivePortal.Storage.Records;

namespace ArchivePortal.Web.Records;

/// <summary>An authority a record is filed under: its id (what a facet link filters on) and its labels.</summary>
public sealed record AuthorityLink(string Id, Core.Authorities.Authority? Authority)
{
    public string Label(string uiLanguage) => Authority?.Label(uiLanguage) ?? Id;

    /// <summary>The label as the page shows it: a person found at import with the Chinese name beside its pinyin (<see cref="Core.Authorities.PersonDisplay"/>).</summary>
    public string Shown(string uiLanguage) => Authority is { Kind: Core.Authorities.AuthorityKinds.Person } a
        ? Core.Authorities.PersonDisplay.Of(a.Label(uiLanguage), a.Labels, a.Provisional, uiLanguage)
        : Label(uiLanguage);
}

/// <summary>A record page: the record, its body as safe HTML, what it is filed under, related records and the same event in other languages.</summary>
public sealed record RecordView(StoredRecord Stored, string BodyHtml, IReadOnlyList<RecordSummary> Related, IReadOnlyList<RecordSummary> OtherLanguages)
{
    public IReadOnlyList<AuthorityLink> Institutions { get; init; } = [];
    public IReadOnlyList<AuthorityLink> Persons { get; init; } = [];
    public IReadOnlyList<AuthorityLink> Topics { get; init; } = [];

    public Core.Records.ArchiveRecord Record => Stored.Record;

    // Labels in the record's own language for structured data.
    string Lang => Core.Records.LanguageCodes.LabelLanguage(Record.Language);

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
        ["author"] = Institutions.Count == 0 ? null : Institutions.Select(i => new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = i.Label(Lang) }).ToList(),
        ["about"] = Topics.Count == 0 ? null : Topics.Select(t => t.Label(Lang)).ToList(),
        ["mentions"] = Persons.Count == 0 ? null : Persons.Select(p => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = p.Label(Lang) }).ToList(),
    }.Where(kv => kv.Value is not null).ToDictionary());
}

public sealed class RecordPages(IArchiveStore store, PortalRecords records, Core.Authorities.AuthorityRegistry authorities)
{
    /// <summary>The record page, or null when there is no such record or it is hidden from <paramref name="curator"/>-less eyes.</summary>
    public RecordView? Get(string id, bool curator = false)
    {
        var stored = store.Get(id);
        if (stored is null || (stored.Visibility.IsHiddenToday && !curator)) return null;
        var links = store.AuthoritiesOf(id) ?? Core.Authorities.RecordAuthorities.None;
        List<AuthorityLink> Of(string kind, IEnumerable<string> ids) => ids.Select(i => new AuthorityLink(i, authorities.Get(kind, i))).ToList();
        return new RecordView(stored, SafeMarkdown.ToHtml(stored.Record.Body), records.Related(id, 5), records.OtherLanguages(id, 5))
        {
            Institutions = Of(Core.Authorities.AuthorityKinds.Institution, links.Institutions),
            Persons = Of(Core.Authorities.AuthorityKinds.Person, links.Persons),
            Topics = Of(Core.Authorities.AuthorityKinds.Topic, links.Topics),
        };
    }
}
