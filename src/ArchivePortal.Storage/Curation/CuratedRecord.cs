using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Curation;

/// <summary>A record as the archivist's form shows it: the values in effect, the authorities, what archivists changed, and what the source says.</summary>
public sealed record CuratedRecord(ArchiveRecord Record, RecordAuthorities Links, RecordOverlay Overlay, ArchiveRecord Source)
{
    public string? Note => Overlay.Note;

    /// <summary>Whether an archivist's correction of this field is in effect.</summary>
    public bool IsCorrected(string field) => Overlay.Fields.TryGetValue(field, out var o) && o.Active;
}
