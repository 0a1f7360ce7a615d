using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>Reads and writes the audit log (changes, change_items).</summary>
internal static class AuditRows
{
    public static long Insert(SqliteConnection c, SqliteTransaction tx, string user, string summary, IReadOnlyList<ChangeItem> items, long? reverts = null)
    {
        var id = c.ExecuteScalar<long>("INSERT INTO changes(at, user_name, summary, reverts) VALUES (@at, @user, @summary, @reverts) RETURNING id",
            new { at = DateTimeOffset.UtcNow.ToString("O"), user, summary, reverts }, tx);
        c.Execute("""
            INSERT INTO change_items(change_id, target_kind, target_id, field, before, after, overlay_before, overlay_after)
            VALUES (@id, @TargetKind, @TargetId, @Field, @Before, @After, @OverlayBefore, @OverlayAfter)
            """, items.Select(i => new { id, i.TargetKind, i.TargetId, i.Field, i.Before, i.After, i.OverlayBefore, i.OverlayAfter }).ToList(), tx);
        if (reverts is not null) c.Execute("UPDATE changes SET reverted_by = @id WHERE id = @reverts", new { id, reverts }, tx);
        return id;
    }

    /// <summary>The change with its items, the first <paramref name="itemLimit"/> of them.</summary>
    public static Change? Get(SqliteConnection c, SqliteTransaction? tx, long id, int itemLimit = int.MaxValue) =>
        Read(c, tx, c.Query<ChangeRow>("SELECT * FROM changes WHERE id = @id", new { id }, tx), itemLimit).SingleOrDefault();

    /// <summary>The newest changes first, as the filter says.</summary>
    public static IReadOnlyList<Change> List(SqliteConnection c, ChangeFilter filter, int limit, int offset, int itemLimit)
    {
        var (where, args) = Where(filter);
        args.Add("limit", limit);
        args.Add("offset", offset);
        return Read(c, null, c.Query<ChangeRow>($"SELECT * FROM changes {where} ORDER BY id DESC LIMIT @limit OFFSET @offset", args), itemLimit);
    }

    public static int Count(SqliteConnection c, ChangeFilter filter)
    {
        var (where, args) = Where(filter);
        return c.ExecuteScalar<int>($"SELECT count(*) FROM changes {where}", args);
    }

    /// <summary>True when the change touched anything but links to authorities of <paramref name="kinds"/>.</summary>
    public static bool TouchesMoreThanLinks(SqliteConnection c, long changeId, params string[] kinds) =>
        c.ExecuteScalar<int>("""
            SELECT EXISTS (SELECT 1 FROM change_items WHERE change_id = @changeId
                           AND substr(field, 1, instr(field, ':') - 1) NOT IN @kinds)
            """, new { changeId, kinds }) == 1;

    /// <summary>True when the change touched one of these fields of a record.</summary>
    public static bool TouchesRecordFields(SqliteConnection c, long changeId, params string[] fields) =>
        c.ExecuteScalar<int>("SELECT EXISTS (SELECT 1 FROM change_items WHERE change_id = @changeId AND target_kind = 'record' AND field IN @fields)",
            new { changeId, fields }) == 1;

    /// <summary>The latest change that touched this field of this target, for a conflict or refusal message.</summary>
    public static (string User, DateTimeOffset At, long Id)? LastTouch(SqliteConnection c, SqliteTransaction? tx, string targetKind, string targetId, string field)
    {
        var row = c.QueryFirstOrDefault<(string User, string At, long Id)?>("""
            SELECT c.user_name, c.at, c.id FROM change_items i JOIN changes c ON c.id = i.change_id
            WHERE i.target_kind = @targetKind AND i.target_id = @targetId AND i.field = @field ORDER BY i.change_id DESC LIMIT 1
            """, new { targetKind, targetId, field }, tx);
        return row is { } r ? (r.User, ParseTime(r.At), r.Id) : null;
    }

    static (string Where, DynamicParameters Args) Where(ChangeFilter f)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        if (f.User is not null) { conditions.Add("user_name = @user COLLATE NOCASE"); args.Add("user", f.User); }
        if (f.Record is not null)
        {
            conditions.Add("id IN (SELECT change_id FROM change_items WHERE target_kind = 'record' AND target_id = @record)");
            args.Add("record", f.Record);
        }
        if (f.Authority is not null)
        {
            // Changes of the authority itself, and records filed under it or taken from it.
            // By id (wei-dawei) or kind:id (person:wei-dawei).
            conditions.Add("""
                id IN (SELECT change_id FROM change_items WHERE (target_kind <> 'record' AND (target_id = @authority OR target_id LIKE '%:' || @authority))
                       OR field = @authority OR field LIKE '%:' || @authority)
                """);
            args.Add("authority", f.Authority);
        }
        if (f.From is { } from) { conditions.Add("at >= @from"); args.Add("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (f.To is { } to) { conditions.Add("at < @to"); args.Add("to", to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), args);
    }

    static List<Change> Read(SqliteConnection c, SqliteTransaction? tx, IEnumerable<ChangeRow> rows, int itemLimit) =>
        rows.Select(r => new Change(r.id, ParseTime(r.at), r.user_name, r.summary, r.reverts, r.reverted_by,
            c.ExecuteScalar<int>("SELECT count(*) FROM change_items WHERE change_id = @id", new { r.id }, tx),
            c.Query<ChangeItem>("""
                SELECT target_kind AS TargetKind, target_id AS TargetId, field AS Field, before AS Before, after AS After,
                       overlay_before AS OverlayBefore, overlay_after AS OverlayAfter
                FROM change_items WHERE change_id = @id ORDER BY rowid LIMIT @itemLimit
                """, new { r.id, itemLimit }, tx).ToList())).ToList();

    static DateTimeOffset ParseTime(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    sealed class ChangeRow
    {
        public long id { get; set; }
        public string at { get; set; } = "";
        public string user_name { get; set; } = "";
        public string summary { get; set; } = "";
        public long? reverts { get; set; }
        public long? reverted_by { get; set; }
    }
}
