using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search.Ranking;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Facets;

/// <summary>What search needs of a record besides its text: facet values (as ordinals, see <see cref="FacetVocabulary"/>) and sort keys.</summary>
internal sealed record RecordFacts(string Language, int? Year, string Type, string? Date, RecordFacetLinks Links, int[] Ordinals);

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

/// <summary>Every record's facts and lengths for one write generation of the database.</summary>
internal sealed record RecordFactsSnapshot(long Generation, Dictionary<long, RecordFacts> Facts, FacetVocabulary Vocabulary, RowLengths Lengths);

/// <summary>
/// Every record's facet values, sort keys and length in memory, so that a search over tens of
/// thousands of matches reads only the full-text index (no join to the wide records rows, whose
/// bodies sit in overflow pages) and counts facets in arrays. Reloaded when the database's write
/// generation moves, which any writer in any process bumps.
/// </summary>
internal sealed class RecordFacetCache
{
    volatile RecordFactsSnapshot? current;
    readonly Lock loading = new();

    public RecordFactsSnapshot Get(SqliteConnection c, long generation, out bool reloaded)
    {
        reloaded = false;
        var snapshot = current;
        if (snapshot is not null && snapshot.Generation == generation) return snapshot;
        lock (loading)
        {
            snapshot = current;
            if (snapshot is not null && snapshot.Generation == generation) return snapshot;
            current = snapshot = Load(c, generation);
            reloaded = true;
            return snapshot;
        }
    }

    static RecordFactsSnapshot Load(SqliteConnection c, long generation)
    {
        var links = LoadLinks(c);
        var vocabulary = new FacetVocabulary();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s) => strings.TryGetValue(s, out var x) ? x : strings[s] = s;
        var facts = new Dictionary<long, RecordFacts>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT rowid, lang, year, type, date FROM records";
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var rowId = r.GetInt64(0);
                var language = Shared(r.GetString(1));
                int? year = r.IsDBNull(2) ? null : r.GetInt32(2);
                var type = Shared(r.GetString(3));
                var recordLinks = links.GetValueOrDefault(rowId) ?? RecordFacetLinks.None;
                facts[rowId] = new RecordFacts(language, year, type, r.IsDBNull(4) ? null : r.GetString(4), recordLinks,
                    vocabulary.OrdinalsOf(recordLinks, year, language, type));
            }
        return new RecordFactsSnapshot(generation, facts, vocabulary, LoadLengths(c));
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

    /// <summary>
    /// Each record's length in tokens, all columns together, from FTS5's own table of sizes (one
    /// varint per column), so ranking need not look each matching row up there.
    /// </summary>
    static RowLengths LoadLengths(SqliteConnection c)
    {
        var lengths = new Dictionary<long, int>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, sz FROM record_fts_docsize";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (!r.IsDBNull(1)) lengths[r.GetInt64(0)] = RowLengths.SumOfVarints((byte[])r.GetValue(1));
        return new RowLengths(lengths);
    }
}
