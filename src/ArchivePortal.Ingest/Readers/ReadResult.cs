using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Readers;

/// <summary>Why an input could not become a record, and where: a path, or a path and <c>:line</c>.</summary>
public sealed record ReadFailure(string Origin, string Reason)
{
    public override string ToString() => $"{Origin}: {Reason}";
}

/// <summary>One outcome of reading: a record, or a failure that a user can act on. Readers never throw for bad input.</summary>
public sealed class ReadResult
{
    ReadResult(ArchiveRecord? record, ReadFailure? failure) => (Record, Failure) = (record, failure);

    public ArchiveRecord? Record { get; }

    public ReadFailure? Failure { get; }

    public bool IsRecord => Record is not null;

    public static ReadResult Success(ArchiveRecord record) => new(record, null);

    public static ReadResult Failed(string origin, string reason) => new(null, new ReadFailure(origin, reason));

    public static ReadResult Failed(ReadFailure failure) => new(null, failure);

    public override string ToString() => Record is { } r ? $"{r.Origin ?? r.Id}: record {r.Id}" : Failure!.ToString();
}
