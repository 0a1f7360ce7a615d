using System.Collections.Concurrent;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Records;

/// <summary>
/// The compression dictionaries of one database (table body_dictionaries): which one new bodies
/// are compressed with, and each one a stored body names, loaded once. The first batch of at
/// least <see cref="MinSamples"/> records written while the database has none trains one; it is
/// stored in that batch's transaction, so a reader that sees a body sees its dictionary.
/// </summary>
public sealed class BodyDictionaries(ArchiveDatabase database)
{
    /// <summary>Bodies a batch must bring to train a dictionary: 200 news bodies gave 7 to 8× where no dictionary gave 1.8× on generated news.</summary>
    public const int MinSamples = 200;

    /// <summary>Bytes of a dictionary: zstd's usual size, small beside the bodies it serves.</summary>
    const int Capacity = 112 * 1024;

    readonly ConcurrentDictionary<int, BodyDictionary> known = new();
    readonly Lock gate = new();
    BodyDictionary? current;
    bool lookedInDatabase;
    bool trainingFailed;

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
            var samples = bodies.Where(b => b.Length > 0).Select(Encoding.UTF8.GetBytes).ToList();
            if (samples.Count < MinSamples) return null;
            current = BodyDictionary.Train(samples, Capacity);
            trainingFailed = current is null;
            return current is null ? null : Remember(current);
        }
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
