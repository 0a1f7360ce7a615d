using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Curation;

namespace ArchivePortal.Storage.Filing;

/// <summary>
/// The intake's filing stage: a record's authorities as extraction finds them, with the archivists'
/// corrections to its links applied, and the authorities that filing created or gave a new name
/// (provisional ones), which the caller saves in the same transaction as the record. Import and
/// crawl file through it before the store writes; curation and reindex file again through it.
/// Not thread-safe: filing may create an authority the next record must find, so one writer files.
/// </summary>
public sealed class RecordFiler(AuthorityRegistry authorities)
{
    readonly RecordAuthorityExtractor extractor = new(authorities);

    /// <param name="record">The record in effect (corrections to its fields already applied).</param>
    /// <param name="overlay">The archivists' corrections, when the record has any.</param>
    public RecordFiling File(ArchiveRecord record, RecordOverlay? overlay)
    {
        var (links, changed) = extractor.Extract(record);
        return new RecordFiling(overlay is null ? links : overlay.Apply(links), changed);
    }
}

/// <summary>Where a record is filed, and the authorities its filing created or changed.</summary>
public sealed record RecordFiling(RecordAuthorities Links, IReadOnlyList<Authority> Changed);
