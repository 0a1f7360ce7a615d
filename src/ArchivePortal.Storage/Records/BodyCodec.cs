using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ZstdSharp;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// Record bodies are stored compressed: they are most of the database. A stored body is a BLOB
/// that starts with its format byte:
/// <list type="bullet">
/// <item>2: Zstandard. Then the id of the dictionary it was compressed with (0: none, see
/// <see cref="BodyDictionaries"/>), the UTF-8 length, the zstd frame. Compressed alone, a news body
/// shrank to about half; with a dictionary learned from the archive's records, to an eighth of
/// generated news and about half of real news (whose records share less).</item>
/// <item>1: Brotli (written before dictionaries): the UTF-8 length, then the compressed bytes.</item>
/// </list>
/// Rows written before compression hold TEXT, read as it is.
/// </summary>
internal static class BodyCodec
{
    const byte Brotli = 1;
    const byte Zstd = 2;
    const int ZstdHeader = 9;

    /// <summary>
    /// The stored form of a body. The UTF-8 bytes and the frame are made in pooled buffers, and only
    /// the stored bytes are allocated: an import compresses every body, and the copies on the way
    /// were garbage of several times a body's size each.
    /// </summary>
    public static byte[] Compress(string body, BodyDictionary? dictionary)
    {
        dictionary ??= BodyDictionary.None;
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        byte[]? output = null;
        try
        {
            int length = Encoding.UTF8.GetBytes(body, utf8);
            output = ArrayPool<byte>.Shared.Rent(ZstdHeader + BodyDictionary.FrameBound(length));
            int frame = dictionary.Compress(utf8.AsSpan(0, length), output.AsSpan(ZstdHeader));
            output[0] = Zstd;
            BinaryPrimitives.WriteInt32LittleEndian(output.AsSpan(1), dictionary.Id);
            BinaryPrimitives.WriteInt32LittleEndian(output.AsSpan(5), length);
            return output.AsSpan(0, ZstdHeader + frame).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            if (output is not null) ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>The body from what the database holds: compressed bytes or (older rows) text.</summary>
    public static string Read(object? stored, BodyDictionaries dictionaries) => stored switch
    {
        null or DBNull => "",
        string text => text,
        byte[] { Length: > 0 } bytes when bytes[0] == Zstd => ReadZstd(bytes, dictionaries),
        byte[] { Length: > 0 } bytes when bytes[0] == Brotli => ReadBrotli(bytes),
        byte[] => throw new InvalidDataException("A record body has an unknown format."),
        _ => throw new InvalidDataException($"A record body is stored as {stored.GetType().Name}."),
    };

    static string ReadZstd(byte[] bytes, BodyDictionaries dictionaries)
    {
        if (bytes.Length < ZstdHeader) throw new InvalidDataException("A record body is damaged (it is cut short).");
        var id = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(1));
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(5));
        if (length < 0) throw new InvalidDataException("A record body is damaged (its length is negative).");
        var utf8 = new byte[length];
        var frame = bytes.AsSpan(ZstdHeader);
        try
        {
            (id == 0 ? BodyDictionary.None : dictionaries.Get(id)).Decompress(frame, utf8);
        }
        catch (ZstdException e)
        {
            throw new InvalidDataException($"A record body is damaged (it does not decompress: {e.Message}).");
        }
        return Encoding.UTF8.GetString(utf8);
    }

    static string ReadBrotli(byte[] bytes)
    {
        if (bytes.Length < 5) throw new InvalidDataException("A record body is damaged (it is cut short).");
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(1));
        if (length < 0) throw new InvalidDataException("A record body is damaged (its length is negative).");
        var utf8 = new byte[length];
        if (!BrotliDecoder.TryDecompress(bytes.AsSpan(5), utf8, out var written) || written != length)
            throw new InvalidDataException("A record body is damaged (it does not decompress).");
        return Encoding.UTF8.GetString(utf8);
    }
}
