using ArchivePortal.Core.Authorities;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// Files records under authorities within one write transaction (schema step 12: a link is the
/// record, its place among the record's links, the authority's key and whether it is only
/// mentioned). Each authority's key is looked up once per transaction, and one prepared insert
/// serves every link: an import writes a dozen links per record, and a statement prepared and
/// bound through Dapper per link (twice, with the key looked up inside) took a quarter of the
/// writer's time.
/// </summary>
internal sealed class LinkWriter : IDisposable
{
    readonly SqliteCommand delete, insert, lastSeq, findKey, addKey;
    readonly Dictionary<(string Kind, string Id), long> keys = [];

    public LinkWriter(SqliteConnection c, SqliteTransaction tx)
    {
        delete = Command(c, tx, "DELETE FROM record_links WHERE record_rowid = $record", "$record");
        insert = Command(c, tx, "INSERT INTO record_links(record_rowid, seq, authority, mention) VALUES ($record, $seq, $authority, $mention)",
            "$record", "$seq", "$authority", "$mention");
        lastSeq = Command(c, tx, "SELECT coalesce(max(seq), 0) FROM record_links WHERE record_rowid = $record", "$record");
        findKey = Command(c, tx, "SELECT key FROM authority_keys WHERE kind = $kind AND id = $id", "$kind", "$id");
        addKey = Command(c, tx, "INSERT INTO authority_keys(kind, id) VALUES ($kind, $id) RETURNING key", "$kind", "$id");
    }

    static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new SqliteParameter(p, null));
        command.Prepare();
        return command;
    }

    /// <summary>Files the record under exactly these authorities, in this order: primary institutions, mentioned ones, persons, topics.</summary>
    /// <param name="isNew">The record was inserted in this transaction: it has no links to replace.</param>
    public void Replace(long rowId, RecordAuthorities links, bool isNew = false)
    {
        if (!isNew) Run(delete, rowId);
        int seq = 0;
        foreach (var id in links.Institutions) Add(rowId, ++seq, AuthorityKinds.Institution, id, mention: false);
        foreach (var id in links.MentionedInstitutions) Add(rowId, ++seq, AuthorityKinds.Institution, id, mention: true);
        foreach (var id in links.Persons) Add(rowId, ++seq, AuthorityKinds.Person, id, mention: false);
        foreach (var id in links.Topics) Add(rowId, ++seq, AuthorityKinds.Topic, id, mention: false);
    }

    /// <summary>Files the record under one more authority, as primary, after the links it has (an archivist's bulk tagging).</summary>
    public void Append(long rowId, string kind, string id)
    {
        lastSeq.Parameters[0].Value = rowId;
        var seq = Convert.ToInt32(lastSeq.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1;
        Add(rowId, seq, kind, id, mention: false);
    }

    void Add(long rowId, int seq, string kind, string id, bool mention) => Run(insert, rowId, seq, KeyOf(kind, id), mention ? 1 : 0);

    /// <summary>The authority's key, given it on its first link.</summary>
    long KeyOf(string kind, string id)
    {
        if (keys.TryGetValue((kind, id), out var key)) return key;
        findKey.Parameters[0].Value = kind;
        findKey.Parameters[1].Value = id;
        var found = findKey.ExecuteScalar();
        if (found is null)
        {
            addKey.Parameters[0].Value = kind;
            addKey.Parameters[1].Value = id;
            found = addKey.ExecuteScalar();
        }
        return keys[(kind, id)] = Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture);
    }

    static void Run(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in new[] { delete, insert, lastSeq, findKey, addKey }) command.Dispose();
    }
}
