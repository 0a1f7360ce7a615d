namespace ArchivePortal.Storage.Curation;

/// <summary>
/// A field as the archivist's form showed it (<see cref="Shown"/>) and as it was submitted. A field
/// whose value the archivist left alone is not changed, whatever happened to it meanwhile; one that
/// someone else changed since the form was shown is a conflict, never silently overwritten.
/// </summary>
public sealed record FieldEdit(string Field, string? Shown, string? Value);

/// <summary>File the record under an authority (<see cref="Add"/>) or take it off.</summary>
public sealed record LinkEdit(string Kind, string AuthorityId, bool Add);

/// <summary>One save of the record form: corrections and authorities, saved and audited as one change.</summary>
public sealed record RecordEdit(IReadOnlyList<FieldEdit> Fields, IReadOnlyList<LinkEdit> Links)
{
    public static RecordEdit Of(params FieldEdit[] fields) => new(fields, []);
    public static RecordEdit Of(params LinkEdit[] links) => new([], links);
}
