using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Curation;

/// <summary>A record as the archivist's form shows it: the values in effect, the authorities, what archivists changed, and what the source says.</summary>
public sealed record CuratedRecord(ArchiveRecord Record, RecordAuthorities Links, RecordOverlay Overlay, ArchiveRecord Source)
{
    public string? Note => Overlay.Note;

    public Visibility Visibility => Overlay.Visibility;

    /// <summary>The value in effect of a field kept only in the overlay (note, visibility); null when not set.</summary>
    public string? OverlayValue(string field) => Overlay.Fields.TryGetValue(field, out var o) && o.Active ? o.Value : null;

    /// <summary>Whether an archivist's correction of this field is in effect.</summary>
    public bool IsCorrected(string field) => Overlay.Fields.TryGetValue(field, out var o) && o.Active;
}
