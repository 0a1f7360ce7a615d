using System.Text.Json;
using ArchivePortal.Core.Authorities;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>Reads and writes provisional authorities and the record → authority links.</summary>
internal static class AuthorityRows
{
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Save(SqliteConnection c, SqliteTransaction tx, Authority a) =>
        c.Execute("""
            INSERT INTO authorities(kind, id, data, provisional, created_at) VALUES (@Kind, @Id, @data, @p, @now)
            ON CONFLICT(kind, id) DO UPDATE SET data = excluded.data, provisional = excluded.provisional
            """, new { a.Kind, a.Id, data = JsonSerializer.Serialize(a, Json), p = a.Provisional ? 1 : 0, now = DateTimeOffset.UtcNow.ToString("O") }, tx);

    public static List<Authority> LoadAll(SqliteConnection c) =>
        c.Query<string>("SELECT data FROM authorities ORDER BY kind, id")
            .Select(d => JsonSerializer.Deserialize<Authority>(d, Json)!).ToList();

    /// <summary>A record's link rows (kind, authority id, role) as the authorities it is filed under.</summary>
    public static RecordAuthorities Filed(IReadOnlyCollection<(string Kind, string Id, string Role)> rows)
    {
        List<string> Of(string kind, string role) => rows.Where(r => r.Kind == kind && r.Role == role).Select(r => r.Id).ToList();
        return new RecordAuthorities(
            Of(AuthorityKinds.Institution, "primary"), Of(AuthorityKinds.Institution, "mention"),
            Of(AuthorityKinds.Person, "primary"), Of(AuthorityKinds.Topic, "primary"));
    }

    /// <summary>
    /// Counts every write, so readers in any process can tell their caches are stale; returns the
    /// new generation, which the records written in this transaction are marked with.
    /// </summary>
    public static long BumpGeneration(SqliteConnection c, SqliteTransaction tx) =>
        c.ExecuteScalar<long>("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING CAST(value AS INTEGER)", transaction: tx);

    public static long Generation(SqliteConnection c, SqliteTransaction? tx = null) =>
        c.ExecuteScalar<long?>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'", transaction: tx) ?? 0;
}
