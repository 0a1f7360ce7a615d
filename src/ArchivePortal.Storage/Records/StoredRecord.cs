using ArchivePortal.Core.Records;

namespace ArchivePortal.Storage.Records;

/// <summary>A record as the store holds it, with its row id and bookkeeping times.</summary>
public sealed record StoredRecord(long RowId, ArchiveRecord Record, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Counts per language, year and type.</summary>
public sealed record ArchiveStats(
    int Records,
    IReadOnlyList<(string Value, int Count)> Languages,
    IReadOnlyList<(string Value, int Count)> Years,
    IReadOnlyList<(string Value, int Count)> Types);
