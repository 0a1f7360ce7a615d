using System.Globalization;
using ArchivePortal.Ingest.Intake.Decoding;
using ArchivePortal.Ingest.Intake.Normalization;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Loads a single-document file (Markdown, text, HTML) as text, with the guards every such reader
/// needs: size limit, empty file, binary content; then the shared <see cref="CharsetDecoder"/>, strictly (a wrongly
/// decoded file would be indexed as mojibake and never found, so it is refused with the byte offset instead).
/// </summary>
internal static class DocumentFile
{
    /// <summary>The largest single document accepted: 10 MB. Bigger collections belong in JSONL.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>Reads, decodes and normalizes <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="isHtml">Whether a charset declared in the bytes (<c>&lt;meta charset="gbk"&gt;</c>) applies.</param>
    public static DocumentText Load(string path, bool isHtml = false)
    {
        var bytes = ReadBytes(path, out var failure);
        if (bytes is null) return failure!;

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DocumentText.Failed(IntakeErrorCodes.Utf16Text, "file is UTF-16 text; save it as UTF-8");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return DocumentText.Failed(IntakeErrorCodes.BinaryFile, $"binary file (NUL bytes, first at byte {nul}); expected UTF-8 text");

        // No detection for files: a guessed charset could turn a damaged file into indexed mojibake without a word.
        var decoded = CharsetDecoder.Decode(bytes, headerCharset: null, isHtml, detect: false);
        if (decoded.Decoded is not { } text) return DocumentText.Failed(decoded.FailureCode!, decoded.FailureDetail + "; save the file as UTF-8");
        if (string.IsNullOrWhiteSpace(text.Text)) return DocumentText.Failed(IntakeErrorCodes.EmptyFile, "file is empty (only whitespace)");
        return DocumentText.Of(IntakeText.Normalize(text.Text));
    }

    static byte[]? ReadBytes(string path, out DocumentText? failure)
    {
        failure = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = Directory.Exists(path)
                    ? DocumentText.Failed(IntakeErrorCodes.IsDirectory, "is a directory, not a file")
                    : DocumentText.Failed(IntakeErrorCodes.NotFound, "file not found");
                return null;
            }
            // Checked before reading, so that a 50 GB file is refused without touching its contents.
            if (info.Length > MaxBytes) { failure = DocumentText.Failed(IntakeErrorCodes.TooLarge, TooLarge(info.Length)); return null; }
            if (info.Length == 0) { failure = DocumentText.Failed(IntakeErrorCodes.EmptyFile, "file is empty"); return null; }
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > MaxBytes) { failure = DocumentText.Failed(IntakeErrorCodes.TooLarge, TooLarge(bytes.Length)); return null; }
            if (bytes.Length == 0) { failure = DocumentText.Failed(IntakeErrorCodes.EmptyFile, "file is empty"); return null; }
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = DocumentText.Failed(IntakeErrorCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    static string TooLarge(long length) =>
        string.Format(CultureInfo.InvariantCulture, "file is {0:0.0} MB; the limit for a single document is {1} MB",
            length / (1024.0 * 1024.0), MaxBytes / (1024 * 1024));
}
