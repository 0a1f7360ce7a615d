using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Facets;

/// <summary>
/// What search needs of a record besides its text: facet values and sort keys. Its facet values as
/// ordinals (see <see cref="FacetVocabulary"/>) are kept by the snapshot, beside every other record's.
/// </summary>
internal sealed record RecordFacts(string Language, int? Year, string Type, string? Date, RecordFacetLinks Links)
{
    /// <summary>The day the record becomes public, when an archivist hid it (yyyy-MM-dd; withdrawn: 9999-12-31).</summary>
    public string? HiddenUntil { get; init; }

    public bool IsHiddenOn(string day) => HiddenUntil is { } until && string.CompareOrdinal(until, day) > 0;
}

/// <summary>
/// The authority ids a record is filed under, by facet, and the institutions its text names. One
/// array for all four lists: every record has them, and four arrays each were 80 bytes a record
/// more (16 MB of a 200,000-record archive's facts, which a search process keeps).
/// </summary>
internal sealed class RecordFacetLinks
{
    public static readonly RecordFacetLinks None = new([], [], [], []);

    readonly string[] ids; // institutions, persons, topics, mentioned institutions, one after another
    readonly int personsAt, topicsAt, mentionedAt;

    public RecordFacetLinks(IReadOnlyCollection<string> institutions, IReadOnlyCollection<string> persons, IReadOnlyCollection<string> topics,
        IReadOnlyCollection<string> mentionedInstitutions)
    {
        ids = [.. institutions, .. persons, .. topics, .. mentionedInstitutions];
        personsAt = institutions.Count;
        topicsAt = personsAt + persons.Count;
        mentionedAt = topicsAt + topics.Count;
    }

    public ReadOnlySpan<string> Institutions => ids.AsSpan(0, personsAt);
    public ReadOnlySpan<string> Persons => ids.AsSpan(personsAt, topicsAt - personsAt);
    public ReadOnlySpan<string> Topics => ids.AsSpan(topicsAt, mentionedAt - topicsAt);

    /// <summary>Institutions the text names besides its publisher: not counted, but a search for one finds it.</summary>
    public ReadOnlySpan<string> MentionedInstitutions => ids.AsSpan(mentionedAt);

    public ReadOnlySpan<string> Of(string kind) => kind switch
    {
        AuthorityKinds.Institution => Institutions,
        AuthorityKinds.Person => Persons,
        _ => Topics,
    };

    /// <summary>True when the record is filed under one of <paramref name="wanted"/> in facet <paramref name="kind"/>.</summary>
    public bool AnyOf(string kind, IReadOnlySet<string> wanted)
    {
        foreach (var id in Of(kind))
            if (wanted.Contains(id)) return true;
        return false;
    }
}

/// <summary>Every record's facts for one write generation of the database.</summary>
internal sealed class RecordFactsSnapshot
{
    public long Generation { get; }
    public Dictionary<long, RecordFacts> Facts { get; }
    public FacetVocabulary Vocabulary { get; }

    /// <summary>True when an archivist has hidden some record (withdrawn or embargoed): only then must a search look at every match's visibility.</summary>
    public bool AnyHidden { get; }

    readonly RowFacts? byRow;
    readonly Dictionary<long, int[]>? sparseOrdinals; // when the row ids are too sparse for arrays

    /// <param name="generation">The database's write generation the facts are of.</param>
    /// <param name="facts">Every record's facts, by row id.</param>
    /// <param name="vocabulary">The facet values' ordinals; the records' values are added to it.</param>
    /// <param name="earlier">
    /// The snapshot this one brings up to date: a record whose facts object it shares keeps the
    /// ordinals it had there, instead of having them looked up in the vocabulary again.
    /// </param>
    public RecordFactsSnapshot(long generation, Dictionary<long, RecordFacts> facts, FacetVocabulary vocabulary, RecordFactsSnapshot? earlier = null)
    {
        (Generation, Facts, Vocabulary) = (generation, facts, vocabulary);
        AnyHidden = facts.Values.Any(f => f.HiddenUntil is not null);
        ReadOnlySpan<int> OrdinalsOf(long rowId, RecordFacts f) =>
            earlier is not null && ReferenceEquals(earlier.FactsOf(rowId), f)
                ? earlier.OrdinalsOf(rowId)
                : vocabulary.OrdinalsOf(f.Links, f.Year, f.Language, f.Type);
        byRow = RowFacts.Of(facts, OrdinalsOf);
        if (byRow is null) sparseOrdinals = facts.ToDictionary(kv => kv.Key, kv => OrdinalsOf(kv.Key, kv.Value).ToArray());
    }

    /// <summary>True when the facts are in arrays indexed by row id (<see cref="RowFacts"/>), false when the ids were too sparse.</summary>
    internal bool InRowArrays => byRow is not null;

    /// <summary>The facts of the record with row id <paramref name="rowId"/>; null when it has none in this snapshot.</summary>
    public RecordFacts? FactsOf(long rowId) =>
        byRow is not null ? byRow.Facts(rowId) : Facts.GetValueOrDefault(rowId);

    /// <summary>The language of the record with row id <paramref name="rowId"/>, which must have facts here, read without touching its facts object.</summary>
    public string LanguageOf(long rowId) =>
        byRow?.Language(rowId) ?? Facts[rowId].Language;

    /// <summary>The facet ordinals of the record with row id <paramref name="rowId"/> (empty when it has no facts here).</summary>
    public ReadOnlySpan<int> OrdinalsOf(long rowId) =>
        byRow is not null ? byRow.Ordinals(rowId) : sparseOrdinals!.TryGetValue(rowId, out var o) ? o : [];

    /// <summary>Adds one to <paramref name="counts"/> at every facet ordinal of every match.</summary>
    public void CountOrdinals(ReadOnlySpan<Search.Candidate> matches, int[] counts)
    {
        if (byRow is not null)
        {
            byRow.CountOrdinals(matches, counts);
            return;
        }
        foreach (ref readonly var m in matches)
            foreach (var o in OrdinalsOf(m.RowId)) counts[o]++;
    }

    /// <summary>Starts fetching the facts and language of <paramref name="rowId"/> (see <see cref="RowFacts.PrefetchFacts"/>).</summary>
    public void PrefetchFacts(long rowId) => byRow?.PrefetchFacts(rowId);
}

/// <summary>Where <see cref="RowFacts.Of"/> finds a record's facet ordinals.</summary>
internal delegate ReadOnlySpan<int> OrdinalsSource(long rowId, RecordFacts facts);

/// <summary>
/// The facts of a snapshot in arrays indexed by row id, and every record's facet ordinals side by
/// side in one array. A search visits its matches in document order, which is nearly row id order:
/// reading them from these arrays walks memory forwards, where a dictionary look-up and each
/// record's own ordinals array were two jumps to a random place per match (a third of the time of
/// a search with 100,000 matches went to counting its facets). The ordinals are kept only here
/// (an array a record as well was 75 bytes a record more).
/// </summary>
internal sealed class RowFacts
{
    readonly RecordFacts?[] facts;
    readonly string?[] languages; // each record's language beside the others': the page reads it for every match
    readonly int[] starts; // record r's ordinals are ordinals[starts[r]..starts[r + 1]]
    readonly int[] ordinals;

    RowFacts(RecordFacts?[] facts, string?[] languages, int[] starts, int[] ordinals) =>
        (this.facts, this.languages, this.starts, this.ordinals) = (facts, languages, starts, ordinals);

    /// <summary>
    /// The arrays for <paramref name="byId"/>; null when its row ids are too sparse for arrays (rows
    /// are never deleted, so they are dense unless ids were written by hand).
    /// </summary>
    public static RowFacts? Of(Dictionary<long, RecordFacts> byId, OrdinalsSource ordinalsOf)
    {
        long max = 0, min = long.MaxValue;
        foreach (var rowId in byId.Keys) (max, min) = (Math.Max(max, rowId), Math.Min(min, rowId));
        if (byId.Count == 0 || min < 0 || max > 2L * byId.Count + 100_000) return null;
        var facts = new RecordFacts?[max + 1];
        var languages = new string?[max + 1];
        foreach (var (rowId, f) in byId) (facts[rowId], languages[rowId]) = (f, f.Language);
        var starts = new int[max + 2];
        var ordinals = new List<int>(byId.Count * 16);
        for (long r = 0; r <= max; r++)
        {
            starts[r] = ordinals.Count;
            if (facts[r] is { } f) ordinals.AddRange(ordinalsOf(r, f));
        }
        starts[max + 1] = ordinals.Count;
        return new RowFacts(facts, languages, starts, [.. ordinals]);
    }

    public RecordFacts? Facts(long rowId) => (ulong)rowId < (ulong)facts.Length ? facts[rowId] : null;

    public string? Language(long rowId) => (ulong)rowId < (ulong)languages.Length ? languages[rowId] : null;

    public ReadOnlySpan<int> Ordinals(long rowId) =>
        (ulong)rowId < (ulong)facts.Length ? ordinals.AsSpan(starts[rowId], starts[rowId + 1] - starts[rowId]) : [];

    /// <summary>Adds one to <paramref name="counts"/> at every facet ordinal of every match.</summary>
    public void CountOrdinals(ReadOnlySpan<Search.Candidate> matches, int[] counts)
    {
        for (int i = 0; i < matches.Length; i++)
        {
            if (i + StartsAhead < matches.Length) PrefetchStart(matches[i + StartsAhead].RowId);
            if (i + OrdinalsAhead < matches.Length) PrefetchOrdinals(matches[i + OrdinalsAhead].RowId);
            long rowId = matches[i].RowId;
            if ((ulong)rowId >= (ulong)facts.Length) continue;
            foreach (var o in ordinals.AsSpan(starts[rowId], starts[rowId + 1] - starts[rowId])) counts[o]++;
        }
    }

    /// <summary>How many matches ahead a count asks for where their ordinals start, and for the ordinals themselves.</summary>
    const int StartsAhead = 16, OrdinalsAhead = 8;

    // Counting a facet over the matches of a word reads, for each, where its ordinals start and then
    // the ordinals: two reads a few hundred bytes past the last match's, each a wait on main memory
    // once the index's pages have pushed these arrays out of the cache (every search but a repeated
    // one). Asked for some matches ahead, the processor fetches them while it counts others. At
    // 12,000 matches with the arrays out of the cache, counting took 1.9 ms, and 0.4 ms so (0.3 ms
    // with them in it); over the bench queries on 200,000 records, p95 went from 17.1-17.9 ms to
    // 14.8-15.3, with the facts of matches fetched ahead as they are collected as well.

    /// <summary>
    /// Asks the processor to fetch the facts and language of <paramref name="rowId"/>, which a search
    /// reads for each match it collects, likewise a few hundred bytes past the last one's.
    /// </summary>
    public unsafe void PrefetchFacts(long rowId)
    {
        if (Sse.IsSupported && (ulong)rowId < (ulong)facts.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref facts[rowId]));
            Sse.Prefetch0(Unsafe.AsPointer(ref languages[rowId]));
        }
    }

    /// <summary>Asks the processor to fetch where the ordinals of <paramref name="rowId"/> start; a hint, never a fault.</summary>
    unsafe void PrefetchStart(long rowId)
    {
        if (Sse.IsSupported && (ulong)rowId < (ulong)facts.Length)
            Sse.Prefetch0(Unsafe.AsPointer(ref starts[rowId]));
    }

    /// <summary>
    /// Asks the processor to fetch the ordinals of <paramref name="rowId"/>, after <see cref="PrefetchStart"/>
    /// for it has had time to bring their start. The arrays may move meanwhile (a collection): a
    /// prefetch of an address that moved fetches a useless line, and nothing else.
    /// </summary>
    unsafe void PrefetchOrdinals(long rowId)
    {
        if (Sse.IsSupported && (ulong)rowId < (ulong)facts.Length && starts[rowId] < ordinals.Length)
            Sse.Prefetch0(Unsafe.AsPointer(ref ordinals[starts[rowId]]));
    }
}

/// <summary>
/// Every record's facet values, sort keys and length in memory, so that a search over tens of
/// thousands of matches reads only the full-text index (no join to the wide records rows, whose
/// bodies sit in overflow pages) and counts facets in arrays. Brought up to date when the
/// database's write generation moves, which any writer in any process bumps: by reading the
/// records written since (each row carries the generation it was written in), or all of them
/// when most have changed. Reading all takes seconds at 100,000 records; an import that commits
/// a batch every few seconds must not make every search pay that.
/// </summary>
internal sealed class RecordFacetCache
{
    // The newest snapshot and the one it replaced: a search whose read transaction began before
    // the last write (it takes tens of milliseconds; an import commits every few seconds) still
    // finds the facts of its own generation, instead of loading every record's again.
    volatile RecordFactsSnapshot? current;
    volatile RecordFactsSnapshot? previous;
    readonly Lock loading = new();

    public RecordFactsSnapshot Get(SqliteConnection c, long generation, out bool reloaded)
    {
        reloaded = false;
        if (Held(generation) is { } held) return held;
        lock (loading)
        {
            if (Held(generation) is { } heldNow) return heldNow;
            var newest = current;
            // Older than both: a search that held its read transaction across two writes. It gets
            // the newest facts rather than seconds of loading; they differ from its own only in
            // the records written since, whose facets would then be a write ahead of its matches.
            if (newest is not null && newest.Generation > generation) return newest;
            var next = (newest is not null ? CatchUp(c, newest, generation) : null) ?? Load(c, generation);
            previous = newest;
            current = next;
            reloaded = true;
            return next;
        }
    }

    RecordFactsSnapshot? Held(long generation) =>
        current is { } c && c.Generation == generation ? c
        : previous is { } p && p.Generation == generation ? p
        : null;

    internal static RecordFactsSnapshot Load(SqliteConnection c, long generation)
    {
        var facts = new Dictionary<long, RecordFacts>();
        var vocabulary = new FacetVocabulary();
        Read(c, null, facts);
        return new RecordFactsSnapshot(generation, facts, vocabulary);
    }

    /// <summary>
    /// The snapshot with the records written after it read again; null when so many were written
    /// that reading everything costs no more. The old snapshot stays as it was: searches in
    /// progress still use it.
    /// </summary>
    internal static RecordFactsSnapshot? CatchUp(SqliteConnection c, RecordFactsSnapshot old, long generation)
    {
        var written = c.ExecuteScalar<long>("SELECT count(*) FROM records WHERE written_generation > @since", new { since = old.Generation });
        if (written > Math.Max(1000, old.Facts.Count / 4)) return null;
        var facts = new Dictionary<long, RecordFacts>(old.Facts);
        var vocabulary = old.Vocabulary.Copy();
        Read(c, old.Generation, facts);
        // Records are never deleted, so every record must now have facts. One that does not was
        // written without its generation (by a writer from before rows carried it): read all.
        if (facts.Count != c.ExecuteScalar<long>("SELECT count(*) FROM records")) return null;
        return new RecordFactsSnapshot(generation, facts, vocabulary, earlier: old);
    }

    /// <summary>Reads the facts of every record, or of those written after generation <paramref name="since"/>.</summary>
    static void Read(SqliteConnection c, long? since, Dictionary<long, RecordFacts> facts)
    {
        const string Written = "SELECT rowid FROM records WHERE written_generation > $since";
        var links = LoadLinks(c, since is null ? "" : $" AND record_rowid IN ({Written})", since);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s) => strings.TryGetValue(s, out var x) ? x : strings[s] = s;
        using (var cmd = Command(c, "SELECT rowid, lang, year, type, date, hidden_until FROM records" + (since is null ? "" : " WHERE written_generation > $since"), since))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var rowId = r.GetInt64(0);
                var language = Shared(r.GetString(1));
                int? year = r.IsDBNull(2) ? null : r.GetInt32(2);
                var type = Shared(r.GetString(3));
                var recordLinks = links.GetValueOrDefault(rowId) ?? RecordFacetLinks.None;
                // Dates repeat (a few thousand days for 200,000 records): one string each.
                facts[rowId] = new RecordFacts(language, year, type, r.IsDBNull(4) ? null : Shared(r.GetString(4)), recordLinks)
                    { HiddenUntil = r.IsDBNull(5) ? null : r.GetString(5) };
            }
    }

    static Dictionary<long, RecordFacetLinks> LoadLinks(SqliteConnection c, string restriction, long? since)
    {
        var links = new Dictionary<long, RecordFacetLinks>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal); // one string per id
        // The rows come record by record: one set of lists, emptied after each record, instead of
        // four lists per record kept until the end (800,000 lists at 200,000 records).
        List<string> institutions = [], persons = [], topics = [], mentioned = [];
        long current = -1;
        void Flush()
        {
            if (current >= 0)
                links[current] = new RecordFacetLinks(institutions, persons, topics, mentioned);
            institutions.Clear(); persons.Clear(); topics.Clear(); mentioned.Clear();
        }
        using var cmd = Command(c, "SELECT record_rowid, kind, authority_id, role FROM record_authorities WHERE role IN ('primary', 'mention')" + restriction + " ORDER BY record_rowid, seq", since);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var rowId = r.GetInt64(0);
            if (rowId != current)
            {
                Flush();
                current = rowId;
            }
            var kind = r.GetString(1);
            var id = r.GetString(2);
            var shared = ids.TryGetValue(id, out var s) ? s : ids[id] = id;
            if (r.GetString(3) == "mention") mentioned.Add(shared);
            else (kind == AuthorityKinds.Institution ? institutions : kind == AuthorityKinds.Person ? persons : topics).Add(shared);
        }
        Flush();
        return links;
    }

    static SqliteCommand Command(SqliteConnection c, string sql, long? since)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        if (since is { } g) cmd.Parameters.AddWithValue("$since", g);
        return cmd;
    }
}
