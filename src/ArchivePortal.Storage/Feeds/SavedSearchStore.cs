using System.Globalization;
using System.Text.Json;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using Dapper;

namespace ArchivePortal.Storage.Feeds;

/// <summary>Someone asked for a saved search that is not theirs; the portal answers 403.</summary>
public sealed class NotYourSavedSearchException() : Exception("This saved search belongs to another account.");

/// <summary>A saved search that cannot be saved as given, with a message for its owner.</summary>
public sealed class SavedSearchException(string message) : Exception(message);

/// <summary>
/// Saved searches in the archive's database. Only their owner reads, changes or deletes one
/// (<see cref="NotYourSavedSearchException"/> otherwise); their feeds are found by token alone.
/// </summary>
public sealed class SavedSearchStore(ArchiveDatabase database, FeedTokens tokens)
{
    public const int MaxNameLength = 200;
    public const int MaxPerUser = 500;

    public SavedSearch Add(long userId, SavedSearchDefinition definition)
    {
        Check(definition);
        using var c = database.Connect();
        using var tx = c.BeginTransaction();
        if (c.ExecuteScalar<int>("SELECT count(*) FROM saved_searches WHERE user_id = @userId", new { userId }, tx) >= MaxPerUser)
            throw new SavedSearchException($"An account keeps at most {MaxPerUser} saved searches.");
        var now = Now();
        // The token's hash needs the id: a placeholder first (unique, never a token's hash).
        var id = c.ExecuteScalar<long>("""
            INSERT INTO saved_searches(user_id, name, query, filters, sort, language, digest, token_hash, seen_rowid, digest_rowid, created_at, updated_at, opened_at)
            VALUES (@userId, @Name, @Query, @filters, @sort, @Language, @Digest, 'new-' || hex(randomblob(16)),
                    (SELECT coalesce(max(rowid), 0) FROM records), (SELECT coalesce(max(rowid), 0) FROM records), @now, @now, @now)
            RETURNING id
            """, new { userId, definition.Name, definition.Query, filters = Filters(definition.Filters), sort = Sort(definition.Sort), definition.Language, definition.Digest, now }, tx);
        c.Execute("UPDATE saved_searches SET token_hash = @hash WHERE id = @id", new { id, hash = FeedTokens.Hash(tokens.For(id, 1)) }, tx);
        tx.Commit();
        return Get(id)!;
    }

    public IReadOnlyList<SavedSearch> ListFor(long userId)
    {
        using var c = database.Connect();
        return c.Query<Row>("SELECT * FROM saved_searches WHERE user_id = @userId ORDER BY name COLLATE NOCASE, id", new { userId }).Select(r => r.ToSaved()).ToList();
    }

    /// <summary>The saved search, when it is <paramref name="userId"/>'s; null when there is none.</summary>
    public SavedSearch? GetOwn(long id, long userId)
    {
        var saved = Get(id);
        if (saved is not null && saved.UserId != userId) throw new NotYourSavedSearchException();
        return saved;
    }

    public SavedSearch? Get(long id)
    {
        using var c = database.Connect();
        return c.QuerySingleOrDefault<Row>("SELECT * FROM saved_searches WHERE id = @id", new { id })?.ToSaved();
    }

    /// <summary>The saved search a feed address names; null for an unknown, rotated or deleted token.</summary>
    public SavedSearch? FindByToken(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        using var c = database.Connect();
        return c.QuerySingleOrDefault<Row>("SELECT * FROM saved_searches WHERE token_hash = @hash", new { hash = FeedTokens.Hash(token) })?.ToSaved();
    }

    public string TokenOf(SavedSearch saved) => tokens.For(saved.Id, saved.TokenVersion);

    public SavedSearch? Update(long id, long userId, SavedSearchDefinition definition)
    {
        Check(definition);
        if (GetOwn(id, userId) is null) return null;
        using var c = database.Connect();
        c.Execute("""
            UPDATE saved_searches SET name = @Name, query = @Query, filters = @filters, sort = @sort, language = @Language, digest = @Digest, updated_at = @now
            WHERE id = @id
            """, new { id, definition.Name, definition.Query, filters = Filters(definition.Filters), sort = Sort(definition.Sort), definition.Language, definition.Digest, now = Now() });
        return Get(id);
    }

    public bool Delete(long id, long userId)
    {
        if (GetOwn(id, userId) is null) return false;
        using var c = database.Connect();
        return c.Execute("DELETE FROM saved_searches WHERE id = @id", new { id }) == 1;
    }

    /// <summary>A new feed address; the old one answers 404 from now on.</summary>
    public SavedSearch? RotateToken(long id, long userId)
    {
        if (GetOwn(id, userId) is not { } saved) return null;
        using var c = database.Connect();
        var version = saved.TokenVersion + 1;
        c.Execute("UPDATE saved_searches SET token_version = @version, token_hash = @hash, updated_at = @now WHERE id = @id",
            new { id, version, hash = FeedTokens.Hash(tokens.For(id, version)), now = Now() });
        return Get(id);
    }

    /// <summary>Its owner looked at it: records up to <paramref name="newestRowId"/> are no longer new.</summary>
    public void MarkOpened(long id, long newestRowId)
    {
        using var c = database.Connect();
        c.Execute("UPDATE saved_searches SET opened_at = @now, seen_rowid = max(seen_rowid, @newestRowId) WHERE id = @id", new { id, newestRowId, now = Now() });
    }

    public long NewestRowId()
    {
        using var c = database.Connect();
        return c.ExecuteScalar<long>("SELECT coalesce(max(rowid), 0) FROM records");
    }

    static void Check(SavedSearchDefinition d)
    {
        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Trim().Length > MaxNameLength || d.Name.Any(char.IsControl))
            throw new SavedSearchException($"A saved search has a name of one line, at most {MaxNameLength} characters.");
        if (d.Query.Length > 1000) throw new SavedSearchException("A saved query has at most 1,000 characters.");
        if (d.Filters.Count > 20) throw new SavedSearchException("A saved search has at most 20 filters.");
        if (!DigestFrequency.All.Contains(d.Digest)) throw new SavedSearchException("Mail it never, daily or weekly.");
    }

    /// <summary>Filters as the filters column keeps them: a JSON array of [field, value, "-" when negated].</summary>
    static string Filters(IReadOnlyList<QueryFilter> filters) => JsonSerializer.Serialize(filters.Select(f => new[] { f.Field, f.Value, f.Negated ? "-" : "" }));

    internal static IReadOnlyList<QueryFilter> ParseFilters(string json) =>
        JsonSerializer.Deserialize<string[][]>(json)!.Select(f => new QueryFilter(f[0], f[1], f.Length > 2 && f[2] == "-")).ToList();

    static string Sort(SearchSort sort) => sort.ToString().ToLowerInvariant();

    internal static SearchSort ParseSort(string sort) => Enum.TryParse<SearchSort>(sort, ignoreCase: true, out var s) ? s : SearchSort.Relevance;

    static string Now() => DateTimeOffset.UtcNow.ToString("O");

    sealed class Row
    {
        public long id { get; set; }
        public long user_id { get; set; }
        public string name { get; set; } = "";
        public string query { get; set; } = "";
        public string filters { get; set; } = "[]";
        public string sort { get; set; } = "";
        public string language { get; set; } = "en";
        public string digest { get; set; } = DigestFrequency.None;
        public long token_version { get; set; }
        public long seen_rowid { get; set; }
        public string created_at { get; set; } = "";
        public string updated_at { get; set; } = "";
        public string? opened_at { get; set; }

        public SavedSearch ToSaved() => new(id, user_id, name, query, ParseFilters(filters), ParseSort(sort),
            language, digest, (int)token_version, seen_rowid, Time(created_at)!.Value, Time(updated_at)!.Value, Time(opened_at));

        static DateTimeOffset? Time(string? s) => s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
