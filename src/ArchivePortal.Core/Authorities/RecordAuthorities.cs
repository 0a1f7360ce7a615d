namespace ArchivePortal.Core.Authorities;

/// <summary>
/// The authority ids a record is filed under. Institutions are the publishing institutions (what
/// the institution facet counts); MentionedInstitutions are all that the text names.
/// </summary>
public sealed record RecordAuthorities(
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> MentionedInstitutions,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Topics)
{
    public static readonly RecordAuthorities None = new([], [], [], []);
}
