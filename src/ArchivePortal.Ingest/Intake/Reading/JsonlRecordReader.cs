using System.Globalization;
using System.Text.Json;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>
/// Reads a JSONL file (.jsonl): one JSON object per line, streamed, so files of hundreds of MB are
/// fine. A bad line is one failure with its line number, and reading goes on with the next line.
/// </summary>
public sealed class JsonlRecordReader : IRecordReader
{
    /// <summary>The extensions this reader handles.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".jsonl"];

    /// <summary>The longest line accepted: 5 MB, half the single-document limit and far above any article.</summary>
    public const int MaxLineBytes = 5 * 1024 * 1024;

    static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32 };

    public bool CanRead(string path) => FileExtensions.Has(path, Extensions);

    public IEnumerable<ReadResult> Read(string path)
    {
        var stream = Open(path, out var failure);
        if (stream is null)
        {
            yield return failure!.AsFailure(path);
            yield break;
        }
        using (stream)
        {
            var fileId = FileExtensions.IdOf(path);
            var any = false;
            foreach (var line in new JsonlLines(stream, MaxLineBytes).Read())
            {
                var origin = $"{path}:{line.Number}";
                if (line.Bytes is not null && IsBlank(line.Bytes)) continue;
                any = true;
                if (line.ReadError is not null) yield return ReadResult.Failed(origin, line.ReadError, IntakeErrorCodes.FileUnreadable);
                else if (line.Bytes is null) yield return ReadResult.Failed(origin, TooLong(line.Length), IntakeErrorCodes.TooLarge);
                else yield return ParseLine(line.Bytes, fileId, line.Number, origin);
            }
            if (!any) yield return ReadResult.Failed(path, "file is empty (no JSON lines)", IntakeErrorCodes.EmptyFile);
        }
    }

    static ReadResult ParseLine(byte[] bytes, string fileId, long number, string origin)
    {
        // The JSON parser checks UTF-8 only when a string is read, by throwing; checking first gives the offset.
        if (InvalidUtf8At(bytes) is { } bad) return ReadResult.Failed(origin, $"not valid UTF-8 at byte {bad} of the line; save the file as UTF-8", IntakeErrorCodes.UndecodableText);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, JsonOptions);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(origin, $"not valid JSON: {e.Message}", IntakeErrorCodes.InvalidJson);
        }
        using (document)
        {
            var record = JsonRecordMapper.Map(document.RootElement, fileId, number, origin, out var failure);
            return record is null ? ReadResult.Failed(failure!) : ReadResult.Success(record);
        }
    }

    static FileStream? Open(string path, out DocumentText? failure)
    {
        failure = null;
        try
        {
            if (Directory.Exists(path)) { failure = DocumentText.Failed(IntakeErrorCodes.IsDirectory, "is a directory, not a file"); return null; }
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = e is FileNotFoundException or DirectoryNotFoundException
                ? DocumentText.Failed(IntakeErrorCodes.NotFound, "file not found")
                : DocumentText.Failed(IntakeErrorCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    static int? InvalidUtf8At(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : read;
    }

    static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    static string TooLong(long length) =>
        string.Format(CultureInfo.InvariantCulture, "line is {0:0.0} MB; the limit for one JSON line is {1} MB",
            length / (1024.0 * 1024.0), MaxLineBytes / (1024 * 1024));
}
