using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>
/// The look-ups curation does between the two keys of a record (its id, which the overlay and the
/// audit log use, and its row id, which links and the index use) and from an authority to its records.
/// </summary>
internal static class RecordKeys
{
    public static Dictionary<long, string> IdsOf(SqliteConnection c, SqliteTransaction? tx, IReadOnlyCollection<long> rowIds)
    {
        var result = new Dictionary<long, string>(rowIds.Count);
        foreach (var chunk in rowIds.Chunk(5000))
            foreach (var (rowId, id) in c.Query<(long, string)>("SELECT rowid, id FROM records WHERE rowid IN @chunk", new { chunk }, tx))
                result[rowId] = id;
        return result;
    }

    public static Dictionary<string, long> RowIdsOf(SqliteConnection c, SqliteTransaction? tx, IEnumerable<string> recordIds)
    {
        var result = new Dictionary<string, long>();
        foreach (var chunk in recordIds.Chunk(5000))
            foreach (var (id, rowId) in c.Query<(string, long)>("SELECT id, rowid FROM records WHERE id IN @chunk", new { chunk }, tx))
                result[id] = rowId;
        return result;
    }

    /// <summary>The records filed under the authority (for an institution, also those that name it).</summary>
    public static List<long> FiledUnder(SqliteConnection c, SqliteTransaction? tx, string kind, string authorityId) =>
        c.Query<long>("SELECT DISTINCT record_rowid FROM record_authorities WHERE kind = @kind AND authority_id = @authorityId", new { kind, authorityId }, tx).ToList();
}
