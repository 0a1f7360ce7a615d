using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using ZstdSharp;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// A Zstandard dictionary that record bodies are compressed with: the phrases an archive's records
/// share (an institution's name, a standing formula of its news), learned once from a batch of its
/// records, so that each body stored alone compresses as if it stood beside the others. Named by
/// a hash of its bytes: two processes that train one at the same time each keep theirs, and a body
/// names the one it needs.
/// </summary>
public sealed class BodyDictionary
{
    public int Id { get; }
    public byte[] Bytes { get; }

    // A compressor or decompressor with the dictionary loaded is costly to make and serves one
    // thread at a time: a few are kept for the threads that compress and read bodies.
    readonly ConcurrentBag<Compressor> compressors = [];
    readonly ConcurrentBag<Decompressor> decompressors = [];

    /// <summary>
    /// Level 9: bodies a tenth smaller than zstd's default level 3 (generated and real news alike),
    /// for about 30 µs more per body at import, a few seconds of 200,000 records; they also read faster.
    /// </summary>
    const int Level = 9;

    public BodyDictionary(byte[] bytes)
    {
        Bytes = bytes;
        Id = IdOf(bytes);
    }

    BodyDictionary()
    {
        Bytes = [];
        Id = 0;
    }

    /// <summary>No dictionary (id 0): bodies of a database that has none yet, pooled all the same.</summary>
    public static BodyDictionary None { get; } = new();

    /// <summary>A positive number from the bytes' hash; 0 is "no dictionary".</summary>
    static int IdOf(byte[] bytes) => Math.Max(1, BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(bytes)) & int.MaxValue);

    /// <summary>Learns the dictionary from sample bodies (UTF-8); null when they are too few or too alike to learn from.</summary>
    public static BodyDictionary? Train(IReadOnlyList<byte[]> samples, int capacity)
    {
        try
        {
            var bytes = DictBuilder.TrainFromBuffer(samples, capacity);
            return bytes.Length == 0 ? null : new BodyDictionary(bytes);
        }
        catch (ZstdException)
        {
            return null; // zstd could not find enough in common: bodies are compressed without a dictionary
        }
    }

    /// <summary>The most a frame of <paramref name="length"/> bytes can take.</summary>
    public static int FrameBound(int length) => Compressor.GetCompressBound(length);

    /// <summary>Compresses into <paramref name="frame"/>, at least <see cref="FrameBound"/> long; returns the frame's length.</summary>
    public int Compress(ReadOnlySpan<byte> utf8, Span<byte> frame)
    {
        if (!compressors.TryTake(out var compressor))
        {
            compressor = new Compressor(Level);
            if (Bytes.Length > 0) compressor.LoadDictionary(Bytes);
        }
        try { return compressor.Wrap(utf8, frame); }
        finally { compressors.Add(compressor); }
    }

    public void Decompress(ReadOnlySpan<byte> frame, Span<byte> utf8)
    {
        if (!decompressors.TryTake(out var decompressor))
        {
            decompressor = new Decompressor();
            if (Bytes.Length > 0) decompressor.LoadDictionary(Bytes);
        }
        try
        {
            if (decompressor.Unwrap(frame, utf8) != utf8.Length)
                throw new InvalidDataException("A record body is damaged (it decompresses to another length).");
        }
        finally { decompressors.Add(decompressor); }
    }
}
