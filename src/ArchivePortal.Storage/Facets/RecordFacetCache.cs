using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Facets;

/// <summary>What search needs of a record besides its text: facet values and sort keys.</summary>
internal sealed record RecordFacts(string Language, int? Year, string Type, string? Date, RecordFacetLinks Links);

/// <summary>The authority ids a record is filed under, by facet.</summary>
internal sealed record RecordFacetLinks(string[] Institutions, string[] Persons, string[] Topics)
{
    public static readonly RecordFacetLinks None = new([], [], []);

    public string[] Of(string kind) => kind switch
    {
        AuthorityKinds.Institution => Institutions,
        AuthorityKinds.Person => Persons,
        _ => Topics,
    };
}

/// <summary>
/// Every record's facet values and sort keys in memory, so that a search over tens of thousands
/// of matches reads only the full-text index (no join to the wide records rows, whose bodies sit
/// in overflow pages) and counts facets by dictionary look-ups. Reloaded when the database's
/// write generation moves, which any writer in any process bumps.
/// </summary>
internal sealed class RecordFacetCache
{
    sealed record Snapshot(long Generation, Dictionary<long, RecordFacts> Facts);

    volatile Snapshot? current;
    readonly Lock loading = new();

    public Dictionary<long, RecordFacts> Get(SqliteConnection c, out bool reloaded)
    {
        var generation = AuthorityRows.Generation(c);
        reloaded = false;
        var snapshot = current;
        if (snapshot is not null && snapshot.Generation == generation) return snapshot.Facts;
        lock (loading)
        {
            snapshot = current;
            if (snapshot is not null && snapshot.Generation == generation) return snapshot.Facts;
            current = snapshot = new Snapshot(generation, Load(c));
            reloaded = true;
            return snapshot.Facts;
        }
    }

    static Dictionary<long, RecordFacts> Load(SqliteConnection c)
    {
        var links = LoadLinks(c);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s) => strings.TryGetValue(s, out var x) ? x : strings[s] = s;
        var facts = new Dictionary<long, RecordFacts>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT rowid, lang, year, type, date FROM records";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var rowId = r.GetInt64(0);
            facts[rowId] = new RecordFacts(Shared(r.GetString(1)), r.IsDBNull(2) ? null : r.GetInt32(2), Shared(r.GetString(3)),
                r.IsDBNull(4) ? null : r.GetString(4), links.GetValueOrDefault(rowId) ?? RecordFacetLinks.None);
        }
        return facts;
    }

    static Dictionary<long, RecordFacetLinks> LoadLinks(SqliteConnection c)
    {
        var lists = new Dictionary<long, (List<string> I, List<string> P, List<string> T)>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // one string per id
        foreach (var (rowId, kind, id) in c.Query<(long, string, string)>(
                     "SELECT record_rowid, kind, authority_id FROM record_authorities WHERE role = 'primary'"))
        {
            if (!lists.TryGetValue(rowId, out var l)) lists[rowId] = l = ([], [], []);
            var shared = ids.TryGetValue(id, out var s) ? s : ids[id] = id;
            (kind == AuthorityKinds.Institution ? l.I : kind == AuthorityKinds.Person ? l.P : l.T).Add(shared);
        }
        return lists.ToDictionary(kv => kv.Key, kv => new RecordFacetLinks([.. kv.Value.I], [.. kv.Value.P], [.. kv.Value.T]));
    }
}
