namespace ArchivePortal.Storage.Curation;

/// <summary>
/// One field of one record (or authority) as a change left it. For a correction <see cref="Field"/>
/// is the field's name and Before/After its values; for an authority added or removed it is
/// "kind:id" and Before/After the id when the record was filed under it, else null. The overlay
/// states are what revert puts back (<see cref="OverlayState"/>).
/// </summary>
public sealed record ChangeItem(string TargetKind, string TargetId, string Field, string? Before, string? After, string? OverlayBefore, string? OverlayAfter)
{
    public const string Record = "record";

    /// <summary>The authority kind of a link item ("topic" of "topic:digitization"), else null.</summary>
    public string? LinkKind => Field.IndexOf(':') is > 0 and var i ? Field[..i] : null;

    /// <summary>The authority id of a link item, else null.</summary>
    public string? LinkId => Field.IndexOf(':') is > 0 and var i ? Field[(i + 1)..] : null;

    public static string LinkField(string kind, string authorityId) => kind + ":" + authorityId;
}

/// <summary>One audited change: who, when, and every field it touched (<see cref="ItemCount"/> of them; a bulk change lists a page of them).</summary>
public sealed record Change(long Id, DateTimeOffset At, string User, string Summary, long? Reverts, long? RevertedBy, int ItemCount, IReadOnlyList<ChangeItem> Items);

/// <summary>Which changes the audit log lists; every part optional.</summary>
public sealed record ChangeFilter(string? User = null, string? Record = null, string? Authority = null, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsEmpty => User is null && Record is null && Authority is null && From is null && To is null;
}

/// <summary>
/// How an overlay state is written in the audit log: for a field, null when no correction is in
/// effect, else "=" and the value ("=" alone: corrected to no value, e.g. undated); for a link,
/// null, "add" or "remove".
/// </summary>
public static class OverlayState
{
    public static string? Of(FieldOverride? o) => o is { Active: true } ? "=" + (o.Value ?? "") : null;

    public static (bool Active, string? Value) Field(string? state) =>
        state is null ? (false, null) : (true, state.Length > 1 ? state[1..] : null);
}

/// <summary>A curation request that cannot be carried out, with a message for the archivist.</summary>
public class CurationException(string message) : Exception(message);

/// <summary>Someone else changed a field this archivist edited, since the form was shown: nothing was saved.</summary>
public sealed class CurationConflictException(IReadOnlyList<FieldConflict> conflicts)
    : CurationException("Another change was saved while you edited: " + string.Join("; ", conflicts.Select(c => c.ToString())))
{
    public IReadOnlyList<FieldConflict> Conflicts { get; } = conflicts;
}

/// <summary>A field changed by someone else: its value now, and the change that set it.</summary>
public sealed record FieldConflict(string Field, string? Current, string? ByUser, DateTimeOffset? At)
{
    public override string ToString() =>
        $"{Field} is now “{Current ?? "(none)"}”" + (ByUser is null ? " (from the source)" : $" (set by {ByUser} at {At:yyyy-MM-dd HH:mm} UTC)");
}
