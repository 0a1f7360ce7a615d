using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>
/// Archivists' corrections of records, audited and revertible. Each save or revert is one
/// transaction that writes the overlay, the audit log and the records in effect, and indexes the
/// records at once (<see cref="SqliteArchiveStore.Curate{T}"/>).
/// </summary>
public sealed class RecordCuration(ArchiveDatabase database, SqliteArchiveStore store, AuthorityRegistry authorities, AuthorityCuration authorityCuration)
{
    /// <summary>The record as the edit form shows it, or null when there is none with this id.</summary>
    public CuratedRecord? Get(string recordId)
    {
        using var c = database.Connect();
        using var tx = c.BeginTransaction(deferred: true);
        return Load(c, tx, recordId);
    }

    /// <summary>Saves an edit; returns the id of the audited change, or null when it changed nothing.</summary>
    /// <exception cref="CurationException">A value is not valid, an authority is unknown, or the record is gone.</exception>
    /// <exception cref="CurationConflictException">Another change touched an edited field since the form was shown.</exception>
    public long? Edit(string recordId, RecordEdit edit, string user) => store.Curate<long?>((c, tx) =>
    {
        var record = Load(c, tx, recordId) ?? throw new CurationException($"There is no record “{recordId}”.");
        var items = new List<ChangeItem>();
        items.AddRange(FieldChanges(c, tx, record, edit.Fields));
        items.AddRange(LinkChanges(c, tx, record, edit.Links));
        if (items.Count == 0) return (null, []);
        var id = AuditRows.Insert(c, tx, user, $"edit {recordId}", items);
        return (id, [RowId(c, tx, recordId)]);
    });

    /// <summary>
    /// Undoes a change: every field it touched goes back to its state before it. Refused when a later
    /// change touched one of those fields (revert that first), or when it was already reverted. A
    /// change of topics and persons only (a bulk change) is undone by writing the links back
    /// directly; anything else files its records again.
    /// </summary>
    public long Revert(long changeId, string user)
    {
        bool linksOnly, textChanged;
        using (var c = database.Connect())
        {
            if (AuditRows.Get(c, null, changeId, itemLimit: 0) is null) throw new CurationException($"There is no change {changeId}.");
            linksOnly = !AuditRows.TouchesMoreThanLinks(c, changeId, AuthorityKinds.Topic, AuthorityKinds.Person);
            textChanged = AuditRows.TouchesRecordFields(c, changeId, CuratedFields.Title, CuratedFields.Date, CuratedFields.Language, CuratedFields.Type);
        }
        return linksOnly
            ? store.CurateLinks<long>((c, tx) => RevertItems(c, tx, changeId, user, writeLinks: true))
            : store.Curate<long>((c, tx) => RevertItems(c, tx, changeId, user, writeLinks: false), reindexText: textChanged);
    }

    (long Id, IReadOnlyCollection<long> RowIds) RevertItems(SqliteConnection c, SqliteTransaction tx, long changeId, string user, bool writeLinks)
    {
        var change = AuditRows.Get(c, tx, changeId) ?? throw new CurationException($"There is no change {changeId}.");
        if (change.RevertedBy is { } by) throw new CurationException($"Change {changeId} was already reverted by change {by}.");
        var overlays = OverlayRows.Load(c, tx, change.Items.Where(i => i.TargetKind == ChangeItem.Record).Select(i => i.TargetId));
        var items = new List<ChangeItem>(change.Items.Count);
        var links = new List<LinkOverride>();
        // Authorities first: the records are filed anew with the authorities as they were.
        foreach (var item in change.Items.Where(i => i.TargetKind == AuthorityFields.Target))
        {
            if (authorityCuration.ValueOf(item.TargetId, item.Field) != item.After) throw ChangedAgain(c, tx, changeId, item);
            authorityCuration.Restore(c, tx, item.TargetId, item.Field, item.Before);
            items.Add(item with { Before = item.After, After = item.Before, OverlayBefore = item.OverlayAfter, OverlayAfter = item.OverlayBefore });
        }
        foreach (var item in change.Items.Where(i => i.TargetKind == ChangeItem.Record))
        {
            var overlay = overlays.GetValueOrDefault(item.TargetId) ?? RecordOverlay.None;
            var now = item.LinkKind is { } kind
                ? overlay.Links.GetValueOrDefault((kind, item.LinkId!))
                : OverlayState.Of(overlay.Fields.GetValueOrDefault(item.Field));
            if (now != item.OverlayAfter) throw ChangedAgain(c, tx, changeId, item);
            if (item.LinkKind is { } linkKind)
            {
                links.Add(new LinkOverride(item.TargetId, linkKind, item.LinkId!, item.OverlayBefore));
                items.Add(item with { Before = item.After, After = item.Before, OverlayBefore = item.OverlayAfter, OverlayAfter = item.OverlayBefore });
            }
            else
            {
                var imported = overlay.Fields.GetValueOrDefault(item.Field)?.Imported;
                var (active, value) = OverlayState.Field(item.OverlayBefore);
                OverlayRows.SetField(c, tx, item.TargetId, item.Field, new FieldOverride(active, value, imported));
                var after = active ? value : CuratedFields.IsRecordColumn(item.Field) ? imported : null;
                items.Add(item with { Before = item.After, After = after, OverlayBefore = item.OverlayAfter, OverlayAfter = item.OverlayBefore });
            }
        }
        OverlayRows.SetLinks(c, tx, links);
        var rowIds = RecordKeys.RowIdsOf(c, tx, change.Items.Where(i => i.TargetKind == ChangeItem.Record).Select(i => i.TargetId).Distinct());
        if (writeLinks)
        {
            // Each record goes back to being filed under the authority, or not, as before the change.
            foreach (var group in change.Items.Where(i => i.TargetKind == ChangeItem.Record).GroupBy(i => (Kind: i.LinkKind!, Id: i.LinkId!, Present: i.Before is not null)))
            {
                var rows = group.Select(i => rowIds.GetValueOrDefault(i.TargetId)).Where(r => r != 0).ToList();
                if (group.Key.Present) rows.RemoveAll(BulkTagging.FiledUnder(c, tx, rows, group.Key.Kind, group.Key.Id).Contains);
                BulkTagging.SetLinks(c, tx, rows, group.Key.Kind, group.Key.Id, group.Key.Present);
            }
        }
        var id = AuditRows.Insert(c, tx, user, $"revert {changeId}", items, reverts: changeId);
        // An authority put back may no longer (or again) be found in records filed under it now.
        var filed = change.Items.Where(i => i.TargetKind == AuthorityFields.Target).Select(i => i.TargetId).Distinct()
            .SelectMany(target => AuthorityFields.ParseTarget(target) is var (kind, authorityId)
                ? RecordKeys.FiledUnder(c, tx, kind, authorityId)
                : []);
        return (id, rowIds.Values.Concat(filed).Distinct().ToList());
    }

    /// <summary>Why a revert is refused: a later change touched the field, named with who made it and when.</summary>
    static CurationException ChangedAgain(SqliteConnection c, SqliteTransaction tx, long changeId, ChangeItem item)
    {
        var later = AuditRows.LastTouch(c, tx, item.TargetKind, item.TargetId, item.Field);
        return new CurationException(
            $"Change {changeId} cannot be reverted: {item.Field} of {item.TargetId} was changed again" +
            (later is { } l ? $" by {l.User} in change {l.Id} ({l.At:yyyy-MM-dd HH:mm} UTC)" : "") + ". Revert that change first.");
    }

    /// <summary>The records an archivist hid from the public (withdrawn, or embargoed and not yet public), by id.</summary>
    public IReadOnlyList<(string Id, string Title, Visibility Visibility)> Hidden()
    {
        using var c = database.Connect();
        return c.Query<(string Id, string Title, string HiddenUntil)>(
                "SELECT id, title, hidden_until FROM records WHERE hidden_until IS NOT NULL AND hidden_until > @today ORDER BY id",
                new { today = Visibility.TodayText })
            .Select(r => (r.Id, r.Title, Visibility.FromHiddenUntil(r.HiddenUntil))).ToList();
    }

    public IReadOnlyList<Change> Changes(ChangeFilter filter, int limit = 50, int offset = 0, int itemLimit = 20)
    {
        using var c = database.Connect();
        return AuditRows.List(c, filter, limit, offset, itemLimit);
    }

    public int CountChanges(ChangeFilter filter)
    {
        using var c = database.Connect();
        return AuditRows.Count(c, filter);
    }

    public Change? Change(long id, int itemLimit = int.MaxValue)
    {
        using var c = database.Connect();
        return AuditRows.Get(c, null, id, itemLimit);
    }

    IEnumerable<ChangeItem> FieldChanges(SqliteConnection c, SqliteTransaction tx, CuratedRecord record, IReadOnlyList<FieldEdit> edits)
    {
        var id = record.Record.Id;
        var items = new List<ChangeItem>();
        var conflicts = new List<FieldConflict>();
        foreach (var edit in edits.DistinctBy(e => e.Field))
        {
            if (!CuratedFields.All.Contains(edit.Field)) throw new CurationException($"“{edit.Field}” is not a field archivists correct.");
            var (value, problem) = CuratedFields.Normalize(edit.Field, edit.Value);
            if (problem is not null) throw new CurationException(problem);
            var shown = string.IsNullOrWhiteSpace(edit.Shown) ? null : edit.Shown.Trim();
            var current = CuratedFields.IsRecordColumn(edit.Field) ? CuratedFields.Of(record.Record, edit.Field) : record.OverlayValue(edit.Field);
            if (value == shown || value == current) continue; // left alone, or already so
            if (current != shown)
            {
                var last = AuditRows.LastTouch(c, tx, ChangeItem.Record, id, edit.Field);
                conflicts.Add(new FieldConflict(edit.Field, current, last?.User, last?.At));
                continue;
            }
            var before = record.Overlay.Fields.GetValueOrDefault(edit.Field);
            var source = CuratedFields.IsRecordColumn(edit.Field) ? CuratedFields.Of(record.Source, edit.Field) : null;
            // Correcting a field back to what the source says ends the correction: later source changes flow in again.
            var after = new FieldOverride(Active: value != source, value, source);
            OverlayRows.SetField(c, tx, id, edit.Field, after);
            items.Add(new ChangeItem(ChangeItem.Record, id, edit.Field, current, value, OverlayState.Of(before), OverlayState.Of(after)));
        }
        if (conflicts.Count > 0) throw new CurationConflictException(conflicts);
        return items;
    }

    IEnumerable<ChangeItem> LinkChanges(SqliteConnection c, SqliteTransaction tx, CuratedRecord record, IReadOnlyList<LinkEdit> edits)
    {
        var id = record.Record.Id;
        var items = new List<ChangeItem>();
        foreach (var edit in edits.DistinctBy(e => (e.Kind, e.AuthorityId)))
        {
            if (authorities.Get(edit.Kind, edit.AuthorityId) is null)
                throw new CurationException($"There is no {edit.Kind} authority “{edit.AuthorityId}”.");
            var present = FiledUnder(record.Links, edit.Kind).Contains(edit.AuthorityId);
            if (present == edit.Add) continue;
            var before = record.Overlay.Links.GetValueOrDefault((edit.Kind, edit.AuthorityId));
            var after = edit.Add ? RecordOverlay.Add : RecordOverlay.Remove;
            OverlayRows.SetLink(c, tx, id, edit.Kind, edit.AuthorityId, after);
            items.Add(new ChangeItem(ChangeItem.Record, id, ChangeItem.LinkField(edit.Kind, edit.AuthorityId),
                present ? edit.AuthorityId : null, edit.Add ? edit.AuthorityId : null, before, after));
        }
        return items;
    }

    /// <summary>The authorities of a kind a record is filed under (for institutions, those it names too).</summary>
    public static IReadOnlyList<string> FiledUnder(RecordAuthorities links, string kind) => kind switch
    {
        AuthorityKinds.Institution => links.Institutions.Concat(links.MentionedInstitutions).Distinct().ToList(),
        AuthorityKinds.Person => links.Persons,
        AuthorityKinds.Topic => links.Topics,
        _ => [],
    };

    CuratedRecord? Load(SqliteConnection c, SqliteTransaction tx, string recordId)
    {
        if (RowIdOrNull(c, tx, recordId) is not { } rowId) return null;
        var written = RecordsWritten.Load(c, tx, [rowId], database.Bodies).Single();
        var overlay = OverlayRows.LoadOne(c, tx, recordId);
        return new CuratedRecord(written.Record, written.Links, overlay, overlay.SourceOf(written.Record));
    }

    static long RowId(SqliteConnection c, SqliteTransaction tx, string recordId) =>
        RowIdOrNull(c, tx, recordId) ?? throw new CurationException($"There is no record “{recordId}”.");

    static long? RowIdOrNull(SqliteConnection c, SqliteTransaction tx, string recordId) =>
        c.ExecuteScalar<long?>("SELECT rowid FROM records WHERE id = @recordId", new { recordId }, tx);
}
