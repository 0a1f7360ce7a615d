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
    /// </summary>
    public static string Hash(ArchiveRecord r)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { r.Title, r.Body, r.Language, r.Date?.ToString("yyyy-MM-dd"), r.Institution, r.SourceUrl, r.Type })
            sb.Append(part ?? "\u0001").Append('\u0000');
        sb.AppendJoin('\u0002', r.Persons).Append('\u0000').AppendJoin('\u0002', r.Topics);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }
}
