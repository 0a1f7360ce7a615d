using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace ArchivePortal.Storage.Feeds;

/// <summary>
/// The secret in a feed's address. A token is 256 bits, derived (HMAC-SHA256) from a secret kept in
/// the database and the saved search's id and token version; only its SHA-256 is stored, to find
/// the search a request names. Deriving instead of storing lets the owner see the address again
/// (and get all of them in one OPML file); rotating bumps the version, and the old address finds nothing.
/// </summary>
public sealed class FeedTokens(ArchiveDatabase database)
{
    const string SecretKey = "feed_secret";
    // Read (or made) at once, never inside a caller's write transaction, which it would wait for.
    readonly byte[] secret = LoadSecret(database);

    public string For(long savedSearchId, int version) =>
        Base64Url(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{savedSearchId}:{version}")));

    /// <summary>A token for another purpose (an unsubscribe link): the same secret, a different message.</summary>
    public string ForPurpose(string purpose) => Base64Url(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("purpose:" + purpose)));

    /// <summary>Whether <paramref name="token"/> is the one for <paramref name="purpose"/>, compared in constant time.</summary>
    public bool Verify(string purpose, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ForPurpose(purpose)), Encoding.UTF8.GetBytes(token ?? ""));

    /// <summary>What the database keeps of a token.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    static byte[] LoadSecret(ArchiveDatabase database)
    {
        using var c = database.Connect();
        c.Execute("INSERT OR IGNORE INTO meta(key, value) VALUES (@key, @value)",
            new { key = SecretKey, value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        return Convert.FromBase64String(c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = @key", new { key = SecretKey })!);
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
