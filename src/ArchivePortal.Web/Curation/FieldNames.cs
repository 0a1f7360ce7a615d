using ArchivePortal.Storage.Curation;

namespace ArchivePortal.Web.Curation;

/// <summary>The UI string of each correctable field, for the form, conflicts and the audit log.</summary>
public static class FieldNames
{
    public static string Key(string field) => field switch
    {
        CuratedFields.Title => "curate.field.title",
        CuratedFields.Date => "record.date",
        CuratedFields.Language => "record.language",
        CuratedFields.Type => "record.type",
        CuratedFields.Visibility => "curate.field.visibility",
        _ => "curate.note",
    };

    /// <summary>A part of an authority as the archivist's UI names it (label in a language, aliases, status, merged into).</summary>
    public static string OfAuthority(Localization.Texts t, string field) => field switch
    {
        AuthorityFields.Aliases => t["authorities.aliases"],
        AuthorityFields.Status => t["authorities.status"],
        AuthorityFields.MergedInto => t["authorities.mergeInto"],
        _ when field.StartsWith("label.", StringComparison.Ordinal) => t.Format("authorities.label", t.LanguageName(field[6..])),
        _ => field,
    };
}
