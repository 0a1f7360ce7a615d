namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// The whole text of a reader, read into a buffer that the tokenizer keeps between documents.
/// Our tokenizers look ahead (an apostrophe inside a word, the longest dictionary entry) and the
/// segmenters want a whole span, so they read a field at once rather than in Lucene's chunks.
/// </summary>
internal struct InputText
{
    char[] buffer;

    public int Length { get; private set; }

    public readonly char[] Buffer => buffer;

    public readonly ReadOnlySpan<char> Span => buffer.AsSpan(0, Length);

    /// <summary>Reads <paramref name="reader"/> to its end, growing the buffer as needed.</summary>
    public void ReadAll(TextReader reader)
    {
        buffer ??= new char[1024];
        Length = 0;
        while (true)
        {
            if (Length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int read = reader.Read(buffer, Length, buffer.Length - Length);
            if (read <= 0) break;
            Length += read;
        }
    }

    /// <summary>Lets a long document's buffer go once it is done, so one large field does not stay pinned per thread.</summary>
    public void Release()
    {
        if (buffer is { Length: > 64 * 1024 }) buffer = null!;
        Length = 0;
    }
}
