namespace ArchivePortal.Ingest.Intake.Decoding;

/// <summary>Text decoded from bytes, and the charset that decoded it.</summary>
public sealed record DecodedText(string Text, string Charset);

/// <summary>The decoded text, or the stable code and the detail of why the bytes could not be decoded.</summary>
public sealed record DecodeResult(DecodedText? Decoded, string? FailureCode = null, string? FailureDetail = null)
{
    public static DecodeResult Failed(string code, string detail) => new(null, code, detail);
}
