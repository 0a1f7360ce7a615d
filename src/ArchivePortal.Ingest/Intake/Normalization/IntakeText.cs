using ArchivePortal.Core.Records;
using ArchivePortal.Core.Text;

namespace ArchivePortal.Ingest.Intake.Normalization;

/// <summary>
/// The one Unicode form of everything the intake stores: decoded text and the title and body of every record, from a
/// file or a crawl. The same text from two sources must be the same bytes, so that it gets the same content hash
/// and the same analysis.
/// </summary>
public static class IntakeText
{
    /// <summary>
    /// Decoded text as the extractors read it: "\n" line ends, composed (NFC); Vietnamese pages mix precomposed and
    /// combining tone marks, and windows-1258 decodes to combining ones.
    /// </summary>
    public static string Normalize(string text) => UnicodeText.Nfc(text.ReplaceLineEndings("\n"));

    /// <summary>A record's title (trimmed) and body in NFC.</summary>
    public static ArchiveRecord Normalize(ArchiveRecord record) => record with
    {
        Title = UnicodeText.Nfc(record.Title.Trim()),
        Body = UnicodeText.Nfc(record.Body),
    };
}
