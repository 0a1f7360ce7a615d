using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Readers;

/// <summary>Why an input could not become a record, and where: a path, or a path and <c>:line</c>.</summary>
/// <param name="Code">A stable code for scripts (html_too_deep, duplicate_id …), or null for the failures that have none yet.</param>
public sealed record ReadFailure(string Origin, string Reason, string? Code = null)
{
    public override string ToString() => Code is null ? $"{Origin}: {Reason}" : $"{Origin}: {Code}: {Reason}";
}

/// <summary>One outcome of reading: a record, or a failure that a user can act on. Readers never throw for bad input.</summary>
public sealed class ReadResult
{
    ReadResult(ArchiveRecord? record, ReadFailure? failure) => (Record, Failure) = (record, failure);

    public ArchiveRecord? Record { get; }

    public ReadFailure? Failure { get; }

    public bool IsRecord => Record is not null;

    public static ReadResult Success(ArchiveRecord record) => new(record, null);

    public static ReadResult Failed(string origin, string reason, string? code = null) => new(null, new ReadFailure(origin, reason, code));

    public static ReadResult Failed(ReadFailure failure) => new(null, failure);

    public override string ToString() => Record is { } r ? $"{r.Origin ?? r.Id}: record {r.Id}" : Failure!.ToString();
}
