namespace ArchivePortal.Storage.Records;

public enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>Counts of what one write did.</summary>
public sealed record UpsertSummary(int Added, int Updated, int Unchanged)
{
    public static readonly UpsertSummary None = new(0, 0, 0);

    public UpsertSummary Plus(UpsertSummary o) => new(Added + o.Added, Updated + o.Updated, Unchanged + o.Unchanged);
}
