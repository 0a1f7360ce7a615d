using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Intake.Identity;

/// <summary>
/// The hash of a record's stored title and text: equal for the same article under any URL or file name, so the
/// crawler knows an unchanged page and the same article under another URL. Taken after normalization, so that
/// composed and decomposed tone marks hash alike.
/// </summary>
public static class ContentHash
{
    public static string Of(ArchiveRecord record) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record.Title + "\u0000" + record.Body)))[..32];
}
