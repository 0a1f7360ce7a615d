using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage;

/// <summary>
/// The authority files an archive's records are filed under: their folder (absolute) and how many
/// authorities they hold. The database remembers them (at its first import and at every reindex),
/// so that a command run from another folder reads the same files, and so that an automatic
/// reindex never files the records under fewer authorities than they were built with: a missing
/// folder would otherwise drop their links and invent provisional authorities for every name.
/// </summary>
public sealed record AuthoritySource(string? Folder, int Count)
{
    const string FolderKey = "authorities_folder";
    const string CountKey = "authorities_count";

    /// <summary>What the database says it was built with; null for a database from before this was kept, or never written to.</summary>
    public static AuthoritySource? Recorded(SqliteConnection c)
    {
        var values = c.Query<(string Key, string Value)>(
            "SELECT key, value FROM meta WHERE key IN (@f, @n)", new { f = FolderKey, n = CountKey }).ToDictionary(r => r.Key, r => r.Value);
        if (!values.TryGetValue(CountKey, out var count) || !int.TryParse(count, out var n)) return null;
        var folder = values.GetValueOrDefault(FolderKey);
        return new AuthoritySource(string.IsNullOrEmpty(folder) ? null : folder, n);
    }

    /// <summary>
    /// The folder to read: the one asked for; else the one the database was built with (none, when
    /// it was built without files); else, for a new archive or when the recorded folder is gone (a
    /// checkout that moved), <paramref name="fallback"/> when that exists.
    /// </summary>
    public static string? Choose(string? asked, AuthoritySource? recorded, string? fallback)
    {
        if (asked is not null) return asked;
        if (recorded is not null && (recorded.Folder is null || Directory.Exists(recorded.Folder))) return recorded.Folder;
        return fallback is not null && Directory.Exists(fallback) ? fallback : null;
    }

    /// <summary>
    /// Writes this source into the database's meta. A reindex (<paramref name="rebuilt"/>) always
    /// does; an import only when it has more authorities than recorded, or as many from another
    /// folder (a checkout that moved), so that one import without the files does not lower the mark.
    /// </summary>
    public void Save(SqliteConnection c, SqliteTransaction tx, bool rebuilt)
    {
        if (!rebuilt && Recorded(c) is { } current && (current.Count > Count || current == this)) return;
        c.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES (@k, @v)", new { k = CountKey, v = Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }, tx);
        c.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES (@k, @v)", new { k = FolderKey, v = Folder ?? "" }, tx);
    }

    /// <summary>
    /// Why re-indexing now, without being asked, would lose authorities (null when it would not):
    /// this run found fewer authority files' entries than the archive was built with.
    /// </summary>
    public string? ReasonNotToReindexFrom(AuthoritySource? recorded)
    {
        if (recorded is null || Count >= recorded.Count) return null;
        var found = Folder is null ? "no authority folder" : $"{Count} in {Folder}";
        return $"The index needs rebuilding, but the archive was built with {recorded.Count} authorities from {recorded.Folder ?? "(no folder)"} " +
               $"and this run found {found}. Not re-indexing, so that no record loses its authorities: name the folder with --authorities " +
               "(the portal: Archive:Authorities), or run `archive reindex` to rebuild with what this run has.";
    }
}
