using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// Writes records' rows within one write transaction through two prepared statements, one to
/// insert and one to update. Through Dapper every record prepared its statement anew and bound
/// its parameters by name: in a 200,000-record import the writer's transactions, the one step of
/// the import that runs on a single thread, took 40 s of its 2 minutes.
/// </summary>
internal sealed class RecordRowWriter : IDisposable
{
    // The columns both statements set, in the order of their parameters.
    static readonly string[] Columns =
        ["id", "title", "body", "lang", "date", "year", "institution", "source_url", "type", "origin", "content_hash", "updated_at",
         "written_generation", "persons", "topics"];

    readonly SqliteCommand insert, update;

    public RecordRowWriter(SqliteConnection c, SqliteTransaction tx)
    {
        insert = Command(c, tx,
            $"INSERT INTO records({string.Join(", ", Columns)}, created_at) VALUES ({string.Join(", ", Columns.Select(Parameter))}, $updated_at) RETURNING rowid");
        update = Command(c, tx,
            $"UPDATE records SET {string.Join(", ", Columns.Select(x => $"{x}={Parameter(x)}"))} WHERE rowid=$rowid");
        update.Parameters.Add(new SqliteParameter("$rowid", null));
    }

    static string Parameter(string column) => "$" + column;

    static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var column in Columns) command.Parameters.Add(new SqliteParameter(Parameter(column), null));
        command.Prepare();
        return command;
    }

    /// <summary>Inserts the record (its creation time is <paramref name="now"/> too) and returns its row id.</summary>
    public long Insert(IndexedRecord item, string now, long generation)
    {
        Bind(insert, item, now, generation);
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Update(long rowId, IndexedRecord item, string now, long generation)
    {
        Bind(update, item, now, generation);
        update.Parameters["$rowid"].Value = rowId;
        update.ExecuteNonQuery();
    }

    static void Bind(SqliteCommand command, IndexedRecord item, string now, long generation)
    {
        var r = item.Record;
        object?[] values =
        [
            r.Id, r.Title, item.CompressedBody, r.Language, r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Date?.Year,
            r.Institution, r.SourceUrl, r.Type, r.Origin, item.ContentHash, now, generation,
            DeclaredNames.ToColumn(r.Persons), DeclaredNames.ToColumn(r.Topics),
        ];
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose()
    {
        insert.Dispose();
        update.Dispose();
    }
}
