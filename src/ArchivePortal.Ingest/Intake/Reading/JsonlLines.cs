namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>One line of a JSONL file: its bytes (null when the line was too long to keep) and its length.</summary>
internal readonly record struct JsonlLine(long Number, byte[]? Bytes, long Length, string? ReadError = null);

/// <summary>
/// Splits a stream into lines without holding more than one line in memory, and without holding even
/// that one when it is longer than the limit (a file of hundreds of MB may be a single broken line).
/// Works on bytes: the JSON parser validates UTF-8 itself, so there is no decoding step to get wrong.
/// </summary>
internal sealed class JsonlLines(Stream stream, int maxLineBytes)
{
    const int ChunkSize = 64 * 1024;

    /// <summary>The lines, numbered from 1. A read error ends the sequence with a line carrying <see cref="JsonlLine.ReadError"/>.</summary>
    public IEnumerable<JsonlLine> Read()
    {
        var chunk = new byte[ChunkSize];
        var line = new MemoryStream();
        long number = 1, length = 0;
        while (true)
        {
            var count = ReadChunk(chunk, out var error);
            if (error is not null)
            {
                yield return new JsonlLine(number, null, length, error);
                yield break;
            }
            if (count == 0) break;
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (chunk[i] != (byte)'\n') continue;
                Append(line, chunk, start, i - start, ref length);
                yield return Finish(number++, line, ref length);
                start = i + 1;
            }
            Append(line, chunk, start, count - start, ref length);
        }
        if (length > 0) yield return Finish(number, line, ref length);
    }

    int ReadChunk(byte[] chunk, out string? error)
    {
        error = null;
        try
        {
            return stream.Read(chunk, 0, chunk.Length);
        }
        catch (IOException e)
        {
            error = $"cannot read further: {e.Message}";
            return 0;
        }
    }

    // Past the limit the line's bytes are dropped and only counted.
    void Append(MemoryStream line, byte[] chunk, int start, int count, ref long length)
    {
        length += count;
        if (length <= maxLineBytes) line.Write(chunk, start, count);
        else line.SetLength(0);
    }

    JsonlLine Finish(long number, MemoryStream line, ref long length)
    {
        var result = length <= maxLineBytes ? new JsonlLine(number, TrimLine(line.ToArray(), number), length) : new JsonlLine(number, null, length);
        line.SetLength(0);
        length = 0;
        return result;
    }

    // Drops a Windows line ending and, on the first line, a UTF-8 byte order mark.
    static byte[] TrimLine(byte[] bytes, long number)
    {
        var span = bytes.AsSpan();
        if (span.EndsWith((byte)'\r')) span = span[..^1];
        if (number == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
        return span.Length == bytes.Length ? bytes : span.ToArray();
    }
}
