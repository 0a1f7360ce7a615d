namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>The decoded text of a single-document file, or the stable code and the reason it could not be decoded.</summary>
internal sealed record DocumentText(string? Text, string? FailureCode, string? FailureReason)
{
    public static DocumentText Of(string text) => new(text, null, null);

    public static DocumentText Failed(string code, string reason) => new(null, code, reason);

    /// <summary>The failure as a read result for <paramref name="path"/>.</summary>
    public ReadResult AsFailure(string path) => ReadResult.Failed(path, FailureReason!, FailureCode!);
}
