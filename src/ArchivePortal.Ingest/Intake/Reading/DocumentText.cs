namespace ArchivePortal.Ingest.Readers;

/// <summary>The decoded text of a single-document file, or the reason it could not be decoded.</summary>
internal sealed record DocumentText(string? Text, string? FailureReason)
{
    public static DocumentText Of(string text) => new(text, null);

    public static DocumentText Failed(string reason) => new(null, reason);
}
