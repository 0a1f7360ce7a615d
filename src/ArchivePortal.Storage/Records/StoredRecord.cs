using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Records;

/// <summary>A record as the store holds it, with its row id and bookkeeping times.</summary>
public sealed record StoredRecord(long RowId, ArchiveRecord Record, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Set when an archivist hid the record from the public (see <see cref="Curation.Visibility"/>).</summary>
    public Curation.Visibility Visibility { get; init; } = Curation.Visibility.Public;
}

/// <summary>Counts per language, year and type.</summary>
public sealed record ArchiveStats(
    int Records,
    IReadOnlyList<(string Value, int Count)> Languages,
    IReadOnlyList<(string Value, int Count)> Years,
    IReadOnlyList<(string Value, int Count)> Types);
