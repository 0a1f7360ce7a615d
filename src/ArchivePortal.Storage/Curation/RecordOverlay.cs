using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Curation;

/// <summary>An archivist's value of one field; <see cref="Imported"/> is what the source says of it today.</summary>
public sealed record FieldOverride(bool Active, string? Value, string? Imported);

/// <summary>
/// What archivists set on one record, over what import and crawl extract: corrected fields, and
/// authorities added or removed. Applied at every write of the record (import, re-import, reindex,
/// curation), so a changed source still updates every field no archivist touched.
/// </summary>
public sealed class RecordOverlay
{
    public const string Add = "add";
    public const string Remove = "remove";

    public static RecordOverlay None { get; } = new();

    public Dictionary<string, FieldOverride> Fields { get; } = [];

    /// <summary>(kind, authority id) → <see cref="Add"/> or <see cref="Remove"/>.</summary>
    public Dictionary<(string Kind, string Id), string> Links { get; } = [];

    public bool IsEmpty => Fields.Count == 0 && Links.Count == 0;

    public string? Note => Fields.TryGetValue(CuratedFields.Note, out var n) && n.Active ? n.Value : null;

    public Visibility Visibility => Fields.TryGetValue(CuratedFields.Visibility, out var v) && v.Active
        ? Visibility.FromOverlayValue(v.Value)
        : Visibility.Public;

    /// <summary>The record as its source gave it, from the record in effect (the overridden fields' imported values put back).</summary>
    public ArchiveRecord SourceOf(ArchiveRecord effective) => Fields
        .Where(f => CuratedFields.IsRecordColumn(f.Key))
        .Aggregate(effective, (r, f) => CuratedFields.With(r, f.Key, f.Value.Imported));

    /// <summary>The record in effect: the source with every active correction.</summary>
    public ArchiveRecord Apply(ArchiveRecord source) => Fields
        .Where(f => f.Value.Active && CuratedFields.IsRecordColumn(f.Key))
        .Aggregate(source, (r, f) => CuratedFields.With(r, f.Key, f.Value.Value));

    /// <summary>
    /// The authorities in effect: the extracted ones without those removed, with those added (an
    /// added institution after the extracted ones, so the publisher stays the first).
    /// </summary>
    public RecordAuthorities Apply(RecordAuthorities extracted)
    {
        if (Links.Count == 0) return extracted;
        List<string> Of(IReadOnlyList<string> ids, string kind, bool withAdded) =>
        [
            .. ids.Where(id => !Links.TryGetValue((kind, id), out var a) || a != Remove),
            .. Links.Where(l => withAdded && l.Key.Kind == kind && l.Value == Add && !ids.Contains(l.Key.Id)).Select(l => l.Key.Id).Order(StringComparer.Ordinal),
        ];
        var institutions = Of(extracted.Institutions, AuthorityKinds.Institution, withAdded: true);
        return new RecordAuthorities(
            institutions,
            Of(extracted.MentionedInstitutions, AuthorityKinds.Institution, withAdded: false).Where(id => !institutions.Contains(id)).ToList(),
            Of(extracted.Persons, AuthorityKinds.Person, withAdded: true),
            Of(extracted.Topics, AuthorityKinds.Topic, withAdded: true));
    }
}
