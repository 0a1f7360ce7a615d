using ArchivePortal.Core.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>Reads and writes the curation overlay (record_overrides, record_link_overrides).</summary>
internal static class OverlayRows
{
    public static Dictionary<string, RecordOverlay> Load(SqliteConnection c, SqliteTransaction? tx, IEnumerable<string> recordIds)
    {
        var result = new Dictionary<string, RecordOverlay>();
        RecordOverlay For(string id) => result.TryGetValue(id, out var o) ? o : result[id] = new RecordOverlay();
        foreach (var ids in recordIds.Distinct().Chunk(500))
        {
            foreach (var f in c.Query<(string RecordId, string Field, long Active, string? Value, string? Imported)>(
                         "SELECT record_id, field, active, value, imported FROM record_overrides WHERE record_id IN @ids", new { ids }, tx))
                For(f.RecordId).Fields[f.Field] = new FieldOverride(f.Active != 0, f.Value, f.Imported);
            foreach (var l in c.Query<(string RecordId, string Kind, string Id, string Action)>(
                         "SELECT record_id, kind, authority_id, action FROM record_link_overrides WHERE record_id IN @ids", new { ids }, tx))
                For(l.RecordId).Links[(l.Kind, l.Id)] = l.Action;
        }
        return result;
    }

    public static RecordOverlay LoadOne(SqliteConnection c, SqliteTransaction? tx, string recordId) =>
        Load(c, tx, [recordId]).GetValueOrDefault(recordId) ?? new RecordOverlay();

    public static void SetField(SqliteConnection c, SqliteTransaction tx, string recordId, string field, FieldOverride value) =>
        c.Execute("""
            INSERT INTO record_overrides(record_id, field, active, value, imported) VALUES (@recordId, @field, @active, @value, @imported)
            ON CONFLICT(record_id, field) DO UPDATE SET active = excluded.active, value = excluded.value, imported = excluded.imported
            """, new { recordId, field, active = value.Active ? 1 : 0, value = value.Value, imported = value.Imported }, tx);

    public static void SetLink(SqliteConnection c, SqliteTransaction tx, string recordId, string kind, string authorityId, string? action) =>
        SetLinks(c, tx, [new LinkOverride(recordId, kind, authorityId, action)]);

    /// <summary>A link override per record (null action: none), each statement prepared once for all of them.</summary>
    public static void SetLinks(SqliteConnection c, SqliteTransaction tx, IReadOnlyCollection<LinkOverride> links)
    {
        var removed = links.Where(l => l.Action is null).ToList();
        var set = links.Where(l => l.Action is not null).ToList();
        if (removed.Count > 0)
            c.Execute("DELETE FROM record_link_overrides WHERE record_id = @RecordId AND kind = @Kind AND authority_id = @AuthorityId", removed, tx);
        if (set.Count > 0)
            c.Execute("""
                INSERT INTO record_link_overrides(record_id, kind, authority_id, action) VALUES (@RecordId, @Kind, @AuthorityId, @Action)
                ON CONFLICT(record_id, kind, authority_id) DO UPDATE SET action = excluded.action
                """, set, tx);
    }

    /// <summary>A re-import: the overridden fields remember what the source says now.</summary>
    public static void UpdateImported(SqliteConnection c, SqliteTransaction tx, ArchiveRecord source, RecordOverlay overlay)
    {
        foreach (var (field, o) in overlay.Fields.Where(f => CuratedFields.IsRecordColumn(f.Key)))
        {
            var imported = CuratedFields.Of(source, field);
            if (imported != o.Imported) SetField(c, tx, source.Id, field, o with { Imported = imported });
        }
    }
}

/// <summary>An archivist's "add" or "remove" of one authority on one record; null action: none.</summary>
internal sealed record LinkOverride(string RecordId, string Kind, string AuthorityId, string? Action);
