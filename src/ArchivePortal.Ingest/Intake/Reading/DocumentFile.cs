using System.Globalization;
using System.Text;

namespace ArchivePortal.Ingest.Readers;

/// <summary>
/// Loads a single-document file (Markdown, text, HTML) as text, with the guards every such reader
/// needs: size limit, empty file, binary content, strict UTF-8 (a wrongly decoded file would be
/// indexed as mojibake and never found, so it is refused with the byte offset instead).
/// </summary>
internal static class DocumentFile
{
    /// <summary>The largest single document accepted: 10 MB. Bigger collections belong in JSONL.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="declaredCharset">For HTML: finds a charset declared in the bytes (e.g. <c>&lt;meta charset="gbk"&gt;</c>).</param>
    public static DocumentText Load(string path, Func<byte[], string?>? declaredCharset = null)
    {
        var bytes = ReadBytes(path, out var failure);
        if (bytes is null) return DocumentText.Failed(failure!);

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DocumentText.Failed("file is UTF-16 text; save it as UTF-8");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return DocumentText.Failed($"binary file (NUL bytes, first at byte {nul}); expected UTF-8 text");

        var text = Decode(bytes, declaredCharset?.Invoke(bytes), out failure);
        if (text is null) return DocumentText.Failed(failure!);
        if (string.IsNullOrWhiteSpace(text)) return DocumentText.Failed("file is empty (only whitespace)");
        // Vietnamese pages mix precomposed and combining tone marks; one form makes them comparable.
        return DocumentText.Of(Core.Text.UnicodeText.Nfc(text.ReplaceLineEndings("\n")));
    }

    static byte[]? ReadBytes(string path, out string? failure)
    {
        failure = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = Directory.Exists(path) ? "is a directory, not a file" : "file not found";
                return null;
            }
            // Checked before reading, so that a 50 GB file is refused without touching its contents.
            if (info.Length > MaxBytes) { failure = TooLarge(info.Length); return null; }
            if (info.Length == 0) { failure = "file is empty"; return null; }
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > MaxBytes) { failure = TooLarge(bytes.Length); return null; }
            if (bytes.Length == 0) { failure = "file is empty"; return null; }
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = $"cannot read the file: {e.Message}";
            return null;
        }
    }

    static string TooLarge(long length) =>
        string.Format(CultureInfo.InvariantCulture, "file is {0:0.0} MB; the limit for a single document is {1} MB",
            length / (1024.0 * 1024.0), MaxBytes / (1024 * 1024));

    static string? Decode(byte[] bytes, string? charset, out string? failure)
    {
        failure = null;
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var utf8 = TryUtf8(bytes, bom, out var badByte);
        // A declared legacy charset applies only when the bytes are not UTF-8: pages saved by a browser
        // or converted by a tool are UTF-8 but often keep their original <meta charset="gbk">.
        if (utf8 is not null || charset is null || IsUtf8Name(charset))
        {
            if (utf8 is null) failure = $"not valid UTF-8 at byte {badByte}; save the file as UTF-8";
            return utf8;
        }
        var encoding = LegacyEncodings.Strict(charset);
        if (encoding is null)
        {
            failure = $"declares charset '{charset}', which cannot be decoded; save the file as UTF-8";
            return null;
        }
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            failure = $"not valid {charset} (the charset it declares) at byte {e.Index}; save the file as UTF-8";
            return null;
        }
    }

    static string? TryUtf8(byte[] bytes, int offset, out int badByte)
    {
        badByte = -1;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            badByte = offset + e.Index;
            return null;
        }
    }

    static bool IsUtf8Name(string charset) =>
        charset.Trim().Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
