using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>A record as the index needs it: row id, fields and the authorities it is filed under.</summary>
public sealed record WrittenRecord(long RowId, ArchiveRecord Record, RecordAuthorities Links);

/// <summary>
/// Reads the records written after a generation, for the index to catch up with: in one read
/// transaction (one snapshot of the archive), a chunk at a time so that a whole archive never
/// sits in memory.
/// </summary>
internal static class RecordsWritten
{
    const int ChunkSize = 500;

    /// <summary>
    /// Hands the records written in generations (<paramref name="since"/>, <paramref name="upTo"/>],
    /// except <paramref name="excluding"/>, to <paramref name="chunk"/>; returns the generation read up to.
    /// </summary>
    public static long Read(ArchiveDatabase database, long since, long excluding, long upTo, Action<IReadOnlyList<WrittenRecord>> chunk)
    {
        using var c = database.Connect();
        using var tx = c.BeginTransaction(deferred: true);
        var generation = Math.Min(upTo, AuthorityRows.Generation(c, tx));
        var rowIds = c.Query<long>(
            "SELECT rowid FROM records WHERE written_generation > @since AND written_generation <= @generation AND written_generation <> @excluding ORDER BY rowid",
            new { since, generation, excluding }, tx).ToList();
        foreach (var ids in rowIds.Chunk(ChunkSize)) chunk(Load(c, tx, ids, database.Bodies));
        return generation;
    }

    /// <summary>The records with these row ids, with their persons, topics and authority links.</summary>
    public static List<WrittenRecord> Load(SqliteConnection c, SqliteTransaction? tx, IReadOnlyCollection<long> ids, BodyDictionaries bodies)
    {
        var rows = c.Query<RecordRow>("SELECT * FROM records WHERE rowid IN @ids ORDER BY rowid", new { ids }, tx).ToList();
        var links = c.Query<(long RowId, string Kind, string Id, string Role)>(
                "SELECT record_rowid, kind, authority_id, role FROM record_authorities WHERE record_rowid IN @ids ORDER BY record_rowid, seq", new { ids }, tx)
            .ToLookup(l => l.RowId);
        return rows.Select(row => new WrittenRecord(row.RowId,
            row.ToRecord(bodies),
            AuthorityRows.Filed(links[row.RowId].Select(l => (l.Kind, l.Id, l.Role)).ToList()))).ToList();
    }
}
