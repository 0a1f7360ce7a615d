using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Index;

namespace ArchivePortal.Storage.Records;

/// <summary>A record about to be written: its content hash and its compressed body.</summary>
internal sealed record IndexedRecord(ArchiveRecord Record, string ContentHash, byte[] CompressedBody)
{
    /// <summary>
    /// A hash of everything that is stored, so that re-importing an unchanged file does nothing.
    /// The analysis version is not part of it: a changed analysis re-indexes through reindex.
    /// The parts are hashed one after another, as UTF-8, with a separator after each: the bytes of
    /// the record's text joined in one string (as stored records were hashed), without making that
    /// string, its bytes and a builder for each record of an import.
    /// </summary>
    public static string Hash(ArchiveRecord r)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { r.Title, r.Body, r.Language, r.Date?.ToString("yyyy-MM-dd"), r.Institution, r.SourceUrl, r.Type })
        {
            Append(hash, part ?? "\u0001");
            Append(hash, "\u0000");
        }
        AppendJoined(hash, r.Persons);
        Append(hash, "\u0000");
        AppendJoined(hash, r.Topics);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexString(digest[..16]);
    }

    static void AppendJoined(IncrementalHash hash, IReadOnlyList<string> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0) Append(hash, "\u0002");
            Append(hash, names[i]);
        }
    }

    /// <summary>
    /// A part's UTF-8 bytes. A part is whole strings and separators, so no surrogate pair is split
    /// between two calls (a lone surrogate becomes U+FFFD either way).
    /// </summary>
    static void Append(IncrementalHash hash, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer, 0, length);
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}
