using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

static class SqlHelpers
{
    /// <summary>Rows of two columns, an integer and a text (rowid, id).</summary>
    public static List<(long, string)> Pairs(this SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<(long, string)>();
        while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
        return rows;
    }
}
