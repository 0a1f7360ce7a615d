using System.Collections.Concurrent;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// The compression dictionaries of one database (table body_dictionaries): which one new bodies
/// are compressed with, and each one a stored body names, loaded once. While the database has
/// none, the first batch of at least <see cref="MinSamples"/> records trains one from its bodies;
/// writes of a few records at a time (a crawl) train one from the newest stored bodies once the
/// database holds that many. It is stored in the transaction of the first bodies compressed with
/// it, so a reader that sees a body sees its dictionary.
/// </summary>
public sealed class BodyDictionaries(ArchiveDatabase database)
{
    /// <summary>Bodies a batch must bring to train a dictionary: 200 news bodies gave 7 to 8× where no dictionary gave 1.8× on generated news.</summary>
    public const int MinSamples = 200;

    /// <summary>Bytes of a dictionary: zstd's usual size, small beside the bodies it serves.</summary>
    const int Capacity = 112 * 1024;

    /// <summary>Stored bodies a dictionary is trained from when writes come a few records at a time.</summary>
    const int StoredSamples = 1000;

    /// <summary>Small writes between two looks at how many records the database holds.</summary>
    const int WritesBetweenCounts = 20;

    readonly ConcurrentDictionary<int, BodyDictionary> known = new();
    readonly Lock gate = new();
    BodyDictionary? current;
    bool lookedInDatabase;
    bool trainingFailed;
    int smallWrites;

    /// <summary>
    /// The dictionary to compress <paramref name="bodies"/> with: the database's newest, else one
    /// trained from them when they are enough; null when there is none (they are compressed without).
    /// </summary>
    public BodyDictionary? ForWriting(IReadOnlyList<string> bodies)
    {
        lock (gate)
        {
            if (current is not null) return current;
            if (!lookedInDatabase)
            {
                using var c = database.Connect();
                var newest = c.QueryFirstOrDefault<byte[]>("SELECT data FROM body_dictionaries ORDER BY rowid DESC LIMIT 1");
                lookedInDatabase = true;
                if (newest is not null) return current = Remember(new BodyDictionary(newest));
            }
            if (trainingFailed) return null;
            var samples = Samples(bodies);
            if (samples.Count < MinSamples && smallWrites++ % WritesBetweenCounts == 0) samples = StoredBodies();
            if (samples.Count < MinSamples) return null;
            current = BodyDictionary.Train(samples, Capacity);
            trainingFailed = current is null;
            return current is null ? null : Remember(current);
        }
    }

    static List<byte[]> Samples(IEnumerable<string> bodies) => bodies.Where(b => b.Length > 0).Select(Encoding.UTF8.GetBytes).ToList();

    /// <summary>The newest stored bodies, when the database holds enough to learn from; else none.</summary>
    List<byte[]> StoredBodies()
    {
        using var c = database.Connect();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM records") < MinSamples) return [];
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT body FROM records ORDER BY rowid DESC LIMIT {StoredSamples}";
        var bodies = new List<string>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) bodies.Add(BodyCodec.Read(r.GetValue(0), this));
        return Samples(bodies);
    }

    /// <summary>Stores the dictionary in the transaction that writes the first bodies compressed with it.</summary>
    public static void Save(SqliteConnection c, SqliteTransaction tx, BodyDictionary dictionary) =>
        c.Execute("INSERT OR IGNORE INTO body_dictionaries(id, data, created_at) VALUES (@Id, @Bytes, @now)",
            new { dictionary.Id, dictionary.Bytes, now = DateTimeOffset.UtcNow.ToString("O") }, tx);

    /// <summary>The dictionary a stored body names.</summary>
    /// <exception cref="InvalidDataException">The database holds no dictionary of that id.</exception>
    public BodyDictionary Get(int id)
    {
        if (known.TryGetValue(id, out var dictionary)) return dictionary;
        using var c = database.Connect();
        var bytes = c.QueryFirstOrDefault<byte[]>("SELECT data FROM body_dictionaries WHERE id = @id", new { id })
            ?? throw new InvalidDataException($"A record body names compression dictionary {id}, which the database does not hold.");
        return Remember(new BodyDictionary(bytes));
    }

    BodyDictionary Remember(BodyDictionary dictionary) => known.GetOrAdd(dictionary.Id, dictionary);
}
