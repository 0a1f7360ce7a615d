using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>An authority as the archivists' list shows it: how many records are filed under it.</summary>
public sealed record AuthoritySummary(Authority Authority, int Records);

/// <summary>
/// Archivists' work on authorities: correct labels and aliases, review the provisional ones found
/// at import (accept, reject — which takes it off its records for good —, or merge), and merge two
/// authorities into one. Each is one audited, revertible change; the records it touches are filed
/// anew at once (their text is not re-indexed: the index holds no authority ids). Changes are
/// stored in the database, over the authority files, and outlive any re-import.
/// </summary>
public sealed class AuthorityCuration(ArchiveDatabase database, SqliteArchiveStore store, LuceneSearchIndex search, AuthorityRegistry registry)
{
    /// <summary>Authorities of a kind (or all), whose names contain <paramref name="text"/> in any script, with their record counts.</summary>
    public IReadOnlyList<AuthoritySummary> List(string? kind = null, string? text = null, bool provisionalOnly = false)
    {
        var key = string.IsNullOrWhiteSpace(text) ? null : registry.Keys.Of(text);
        var counts = Counts();
        return registry.All
            .Where(a => a.MergedInto is null && (kind is null || a.Kind == kind) && (!provisionalOnly || (a.Provisional && !a.Rejected)))
            .Where(a => key is null || a.Id.Contains(text!.Trim(), StringComparison.OrdinalIgnoreCase)
                        || registry.MatchNames(a).Any(n => registry.Keys.Of(n).Contains(key, StringComparison.Ordinal)))
            .Select(a => new AuthoritySummary(a, counts.GetValueOrDefault((a.Kind, a.Id))))
            .OrderBy(s => s.Authority.Rejected).ThenByDescending(s => s.Records).ThenBy(s => s.Authority.Id, StringComparer.Ordinal)
            .ToList();
    }

    public AuthoritySummary? Get(string kind, string id)
    {
        if (registry.Get(kind, id) is not { } a) return null;
        using var c = database.Connect();
        return new AuthoritySummary(a, c.ExecuteScalar<int>(
            "SELECT count(DISTINCT record_rowid) FROM record_authorities WHERE kind = @kind AND authority_id = @id", new { kind, id }));
    }

    /// <summary>
    /// Saves labels and aliases; each given as the form showed it and as submitted, so that a field
    /// someone else changed meanwhile is a conflict, not overwritten. Returns the change, or null when nothing changed.
    /// </summary>
    public long? Edit(string kind, string id, IReadOnlyList<FieldEdit> edits, string user) => store.Curate<long?>((c, tx) =>
    {
        var authority = Current(kind, id);
        var items = new List<ChangeItem>();
        var conflicts = new List<FieldConflict>();
        var updated = authority;
        foreach (var edit in edits.DistinctBy(e => e.Field))
        {
            if (edit.Field != AuthorityFields.Aliases && !AuthorityFields.LabelLanguages.Select(AuthorityFields.Label).Contains(edit.Field))
                throw new CurationException($"“{edit.Field}” is not a label or the aliases.");
            var value = Normalize(edit.Field, edit.Value);
            var shown = Normalize(edit.Field, edit.Shown);
            var current = AuthorityFields.Of(authority, edit.Field);
            if (value == shown || value == current) continue;
            if (current != shown)
            {
                var last = AuditRows.LastTouch(c, tx, AuthorityFields.Target, AuthorityFields.TargetId(kind, id), edit.Field);
                conflicts.Add(new FieldConflict(edit.Field, current, last?.User, last?.At));
                continue;
            }
            updated = AuthorityFields.With(updated, edit.Field, value);
            items.Add(Item(kind, id, edit.Field, current, value));
        }
        if (conflicts.Count > 0) throw new CurationConflictException(conflicts);
        if (items.Count == 0) return (null, []);
        if (updated.Labels.Count == 0) throw new CurationException("An authority keeps at least one label.");
        Save(c, tx, updated);
        // Records filed under it (a removed name may no longer find them) and records that have a new name.
        var added = updated.Names.Except(authority.Names).ToList();
        var rowIds = RecordKeys.FiledUnder(c, tx, kind, id).Concat(added.SelectMany(Mentioning)).Distinct().ToList();
        return (AuditRows.Insert(c, tx, user, $"edit {kind}:{id}", items), rowIds);
    }, reindexText: false);

    /// <summary>
    /// A new authority an archivist names (from the record form, when no authority has the name):
    /// its label in the script it is written in, its id from the name. Returns it and the change.
    /// </summary>
    public (Authority Authority, long Change) Create(string kind, string name, string user)
    {
        name = name.Trim();
        if (!AuthorityKinds.All.Contains(kind)) throw new CurationException($"“{kind}” is not a kind of authority.");
        if (name.Length is 0 or > 200 || name.Any(char.IsControl)) throw new CurationException("A name is one line of at most 200 characters.");
        if (registry.Resolve(kind, name) is { } known) throw new CurationException($"{kind}:{known.Id} already has the name “{name}”.");
        return store.Curate<(Authority, long)>((c, tx) =>
        {
            var authority = new Authority { Id = NewId(kind, name), Kind = kind, Labels = new Dictionary<string, string> { [ScriptOf(name)] = name } };
            Save(c, tx, authority);
            var change = AuditRows.Insert(c, tx, user, $"create {kind}:{authority.Id}",
                [Item(kind, authority.Id, AuthorityFields.Status, null, AuthorityFields.Accepted)]);
            return ((authority, change), Mentioning(name));
        }, reindexText: false);
    }

    /// <summary>An id from the name's letters (a hash for names in other scripts), unused so far.</summary>
    string NewId(string kind, string name)
    {
        var ascii = new string(registry.Keys.Of(name).Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        while (ascii.Contains("--", StringComparison.Ordinal)) ascii = ascii.Replace("--", "-", StringComparison.Ordinal);
        var stem = ascii.Length >= 2 && ascii.Length <= 60
            ? ascii
            : "a-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..10].ToLowerInvariant();
        var id = stem;
        for (int n = 2; registry.Get(kind, id) is not null; n++) id = $"{stem}-{n}";
        return id;
    }

    /// <summary>The label language of a name: Chinese for Han characters, Vietnamese for its letters with tone marks, else English.</summary>
    static string ScriptOf(string name) =>
        name.Any(Core.Analysis.Common.TextFolding.IsHan) ? "zh"
        : name.Normalize(System.Text.NormalizationForm.FormD).Any(ch => ch is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' or '\u031B' or '\u0306' or '\u0302') || name.Contains('đ') || name.Contains('Đ') ? "vi"
        : "en";

    /// <summary>A provisional authority becomes an accepted one.</summary>
    public long Accept(string kind, string id, string user) => SetStatus(kind, id, AuthorityFields.Accepted, user);

    /// <summary>A provisional authority is rejected: taken off every record, and never filed under again.</summary>
    public long Reject(string kind, string id, string user) => SetStatus(kind, id, AuthorityFields.Rejected, user);

    long SetStatus(string kind, string id, string status, string user) => store.Curate<long>((c, tx) =>
    {
        var authority = Current(kind, id);
        var before = AuthorityFields.Of(authority, AuthorityFields.Status);
        if (before == status) throw new CurationException($"{kind}:{id} is already {status}.");
        var rowIds = RecordKeys.FiledUnder(c, tx, kind, id);
        var items = new List<ChangeItem> { Item(kind, id, AuthorityFields.Status, before, status) };
        if (status == AuthorityFields.Rejected)
        {
            // Which records lose it, listed in the change so that a revert files them again.
            foreach (var (rowId, recordId) in RecordKeys.IdsOf(c, tx, rowIds))
                items.Add(new ChangeItem(ChangeItem.Record, recordId, ChangeItem.LinkField(kind, id), id, null, null, null));
        }
        Save(c, tx, AuthorityFields.With(authority, AuthorityFields.Status, status));
        return (AuditRows.Insert(c, tx, user, $"{status} {kind}:{id}", items), status == AuthorityFields.Rejected ? rowIds : []);
    }, reindexText: false);

    /// <summary>
    /// Merges <paramref name="fromId"/> into <paramref name="intoId"/>: every record filed under the
    /// first is filed under the second, the first's names become the second's aliases, archivists'
    /// additions and removals move along, and the first id's pages redirect to the second's.
    /// </summary>
    public long Merge(string kind, string fromId, string intoId, string user) => store.Curate<long>((c, tx) =>
    {
        var from = Current(kind, fromId);
        var into = Current(kind, intoId);
        if (from.Id == into.Id) throw new CurationException("An authority cannot be merged into itself.");
        if (into.Rejected) throw new CurationException($"{kind}:{intoId} is rejected; accept it first.");
        var items = new List<ChangeItem> { Item(kind, fromId, AuthorityFields.MergedInto, null, intoId) };

        var aliasesBefore = AuthorityFields.Of(into, AuthorityFields.Aliases);
        var merged = into with { Aliases = [.. into.Aliases, .. from.Names.Where(n => !into.Names.Contains(n))] };
        var aliasesAfter = AuthorityFields.Of(merged, AuthorityFields.Aliases);
        if (aliasesAfter != aliasesBefore) items.Add(Item(kind, intoId, AuthorityFields.Aliases, aliasesBefore, aliasesAfter));

        var rowIds = RecordKeys.FiledUnder(c, tx, kind, fromId);
        var recordIds = RecordKeys.IdsOf(c, tx, rowIds);
        var moved = new HashSet<string>();
        foreach (var (recordId, action) in c.Query<(string, string)>(
                     "SELECT record_id, action FROM record_link_overrides WHERE kind = @kind AND authority_id = @fromId", new { kind, fromId }, tx).ToList())
        {
            var onInto = c.ExecuteScalar<string?>("SELECT action FROM record_link_overrides WHERE record_id = @recordId AND kind = @kind AND authority_id = @intoId",
                new { recordId, kind, intoId }, tx);
            OverlayRows.SetLink(c, tx, recordId, kind, fromId, null);
            items.Add(new ChangeItem(ChangeItem.Record, recordId, ChangeItem.LinkField(kind, fromId), null, null, action, null));
            if (onInto is null)
            {
                OverlayRows.SetLink(c, tx, recordId, kind, intoId, action);
                items.Add(new ChangeItem(ChangeItem.Record, recordId, ChangeItem.LinkField(kind, intoId), null, null, null, action));
            }
            moved.Add(recordId);
        }
        foreach (var recordId in recordIds.Values.Where(r => !moved.Contains(r)))
            items.Add(new ChangeItem(ChangeItem.Record, recordId, ChangeItem.LinkField(kind, fromId), fromId, intoId, null, null));

        Save(c, tx, merged);
        Save(c, tx, AuthorityFields.With(from, AuthorityFields.MergedInto, intoId));
        var affected = rowIds.Concat(RecordKeys.RowIdsOf(c, tx, moved).Values).Distinct().ToList();
        return (AuditRows.Insert(c, tx, user, $"merge {kind}:{fromId} into {kind}:{intoId}", items), affected);
    }, reindexText: false);

    /// <summary>Sets a part of an authority back (a revert), in the database and in the registry.</summary>
    internal void Restore(SqliteConnection c, SqliteTransaction tx, string targetId, string field, string? value)
    {
        var (kind, id) = AuthorityFields.ParseTarget(targetId);
        var authority = registry.Get(kind, id) ?? throw new CurationException($"There is no authority {targetId}.");
        Save(c, tx, AuthorityFields.With(authority, field, value));
    }

    /// <summary>The value of a part of an authority now, for a revert's check.</summary>
    internal string? ValueOf(string targetId, string field)
    {
        var (kind, id) = AuthorityFields.ParseTarget(targetId);
        return registry.Get(kind, id) is { } a ? AuthorityFields.Of(a, field) : null;
    }

    Authority Current(string kind, string id)
    {
        var a = registry.Get(kind, id) ?? throw new CurationException($"There is no {kind} authority “{id}”.");
        if (a.MergedInto is { } into) throw new CurationException($"{kind}:{id} was merged into {kind}:{into}.");
        return a;
    }

    void Save(SqliteConnection c, SqliteTransaction tx, Authority a)
    {
        AuthorityRows.Save(c, tx, a);
        registry.Add(a);
    }

    static string? Normalize(string field, string? value) => field == AuthorityFields.Aliases
        ? AuthorityFields.Lines(value) is { Count: > 0 } lines ? string.Join("\n", lines) : null
        : string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static ChangeItem Item(string kind, string id, string field, string? before, string? after) =>
        new(AuthorityFields.Target, AuthorityFields.TargetId(kind, id), field, before, after, before, after);

    /// <summary>The records whose text has the name (as a phrase), hidden ones included.</summary>
    IReadOnlyList<long> Mentioning(string name) =>
        search.MatchingRowIds(new SearchRequest { Query = "\"" + name.Replace("\"", " ") + "\"", IncludeHidden = true });

    Dictionary<(string, string), int> Counts()
    {
        using var c = database.Connect();
        return c.Query<(string Kind, string Id, int N)>(
                "SELECT kind, authority_id, count(DISTINCT record_rowid) FROM record_authorities GROUP BY kind, authority_id")
            .ToDictionary(r => (r.Kind, r.Id), r => r.N);
    }
}
