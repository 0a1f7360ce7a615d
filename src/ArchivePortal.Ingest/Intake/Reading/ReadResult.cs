using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Intake.Reading;

/// <summary>Why an input could not become a record, and where: a path, or a path and <c>:line</c>.</summary>
/// <param name="Reason">The detail of this failure, in English (a byte offset, a field name …).</param>
/// <param name="Code">The stable code of its kind, from <see cref="IntakeErrorCodes"/>: for scripts, and for translations of <see cref="IntakeErrorTexts"/>.</param>
public sealed record ReadFailure(string Origin, string Reason, string Code)
{
    public override string ToString() => $"{Origin}: {Code}: {Reason}";
}

/// <summary>One outcome of reading: a record, or a failure that a user can act on. Readers never throw for bad input.</summary>
public sealed class ReadResult
{
    ReadResult(ArchiveRecord? record, ReadFailure? failure) => (Record, Failure) = (record, failure);

    public ArchiveRecord? Record { get; }

    public ReadFailure? Failure { get; }

    public bool IsRecord => Record is not null;

    public static ReadResult Success(ArchiveRecord record) => new(record, null);

    public static ReadResult Failed(string origin, string reason, string code) => new(null, new ReadFailure(origin, reason, code));

    public static ReadResult Failed(ReadFailure failure) => new(null, failure);

    public override string ToString() => Record is { } r ? $"{r.Origin ?? r.Id}: record {r.Id}" : Failure!.ToString();
}
