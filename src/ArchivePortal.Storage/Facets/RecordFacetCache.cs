using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Facets;

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
/// Every record's facet links in memory, so that counting facets over tens of thousands of
/// matches is dictionary look-ups, not a join per search. Reloaded when the database's write
/// generation moves, which any writer in any process bumps.
/// </summary>
internal sealed class RecordFacetCache
{
    sealed record Snapshot(long Generation, Dictionary<long, RecordFacetLinks> Links);

    volatile Snapshot? current;
    readonly Lock loading = new();

    public Dictionary<long, RecordFacetLinks> Get(SqliteConnection c, out bool reloaded)
    {
        var generation = AuthorityRows.Generation(c);
        reloaded = false;
        var snapshot = current;
        if (snapshot is not null && snapshot.Generation == generation) return snapshot.Links;
        lock (loading)
        {
            snapshot = current;
            if (snapshot is not null && snapshot.Generation == generation) return snapshot.Links;
            current = snapshot = new Snapshot(generation, Load(c));
            reloaded = true;
            return snapshot.Links;
        }
    }

    static Dictionary<long, RecordFacetLinks> Load(SqliteConnection c)
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
