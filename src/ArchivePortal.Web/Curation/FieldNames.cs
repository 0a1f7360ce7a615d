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
}
