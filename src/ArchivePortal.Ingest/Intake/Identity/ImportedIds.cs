using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Intake.Identity;

/// <summary>
/// The ids an import has read so far and where each came from. Of two records with one id the first is kept and the
/// second reported: otherwise the later one would silently replace the earlier.
/// </summary>
internal sealed class ImportedIds
{
    // An id and a path per record: small next to the records themselves.
    readonly Dictionary<string, string> firstOrigins = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="id"/> for <paramref name="origin"/>; the duplicate failure when an earlier record has it.</summary>
    public ReadFailure? Claim(string id, string origin) =>
        firstOrigins.TryAdd(id, origin)
            ? null
            : new ReadFailure(origin, $"id '{id}' was already read from {firstOrigins[id]}; the first is kept", IntakeErrorCodes.DuplicateId);
}
