using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Intake.Extraction;

/// <summary>
/// The record taken out of a document before it has an id (the importer names it after its file, the crawler after
/// its URL), or the stable code and the detail of why the document holds none.
/// </summary>
/// <param name="CanonicalUrl">The URL the page names as its own (&lt;link rel="canonical"&gt;), or null.</param>
public sealed record ExtractedRecord(ArchiveRecord? Record, Uri? CanonicalUrl, string? FailureCode, string? FailureDetail)
{
    public static ExtractedRecord Of(ArchiveRecord record, Uri? canonicalUrl = null) => new(record, canonicalUrl, null, null);

    public static ExtractedRecord Failed(string code, string detail) => new(null, null, code, detail);
}
