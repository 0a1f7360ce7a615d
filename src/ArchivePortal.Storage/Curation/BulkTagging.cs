using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Curation;

/// <summary>What a bulk change would do: how many records the search matches, and how many of them it changes.</summary>
public sealed record BulkPreview(int Matching, int Changing);

/// <summary>
/// "Add topic X to all N results" and "remove …": every record a search matches filed under an
/// authority, or taken off it, in one transaction audited as one change with its list of records,
/// revertible as one. The links are written directly (the records' text is not analyzed again:
/// the index holds no authority ids), so ten thousand records take seconds, not minutes.
/// </summary>
public sealed class BulkTagging(SqliteArchiveStore store, LuceneSearchIndex search, AuthorityRegistry authorities)
{
    public BulkPreview Preview(SearchRequest request, LinkEdit link)
    {
        var authority = Known(link);
        var matching = search.MatchingRowIds(request);
        using var c = store.Database.Connect();
        var present = FiledUnder(c, null, matching, link.Kind, authority.Id);
        return new BulkPreview(matching.Count, link.Add ? matching.Count - present.Count : present.Count);
    }

    /// <summary>Applies the change to every record the search matches now; returns the change's id, or null when no record changes.</summary>
    public long? Apply(SearchRequest request, LinkEdit link, string user)
    {
        var authority = Known(link);
        // Matched before the write lock, as the archivist saw them; a record imported meanwhile is not included.
        var matching = search.MatchingRowIds(request);
        return store.CurateLinks<long?>((c, tx) =>
        {
            var present = FiledUnder(c, tx, matching, link.Kind, authority.Id);
            var targets = link.Add ? matching.Where(r => !present.Contains(r)).ToList() : matching.Where(present.Contains).ToList();
            if (targets.Count == 0) return (null, []);
            var ids = RecordKeys.IdsOf(c, tx, targets);
            var overlays = OverlayRows.Load(c, tx, ids.Values);
            var action = link.Add ? RecordOverlay.Add : RecordOverlay.Remove;
            var items = new List<ChangeItem>(targets.Count);
            foreach (var rowId in targets)
            {
                var recordId = ids[rowId];
                var before = overlays.GetValueOrDefault(recordId)?.Links.GetValueOrDefault((link.Kind, authority.Id));
                items.Add(new ChangeItem(ChangeItem.Record, recordId, ChangeItem.LinkField(link.Kind, authority.Id),
                    link.Add ? null : authority.Id, link.Add ? authority.Id : null, before, action));
            }
            OverlayRows.SetLinks(c, tx, items.Select(i => new LinkOverride(i.TargetId, link.Kind, authority.Id, action)).ToList());
            SetLinks(c, tx, targets, link.Kind, authority.Id, link.Add);
            var summary = $"bulk {(link.Add ? "add" : "remove")} {link.Kind}:{authority.Id} “{request.Query}”" +
                          string.Concat(request.Filters.Select(f => " " + f));
            return (AuditRows.Insert(c, tx, user, summary, items), targets);
        });
    }

    Authority Known(LinkEdit link) => authorities.Get(link.Kind, link.AuthorityId)
        ?? throw new CurationException($"There is no {link.Kind} authority “{link.AuthorityId}”.");

    /// <summary>Which of the records are filed under the authority now (for an institution, also as one they name).</summary>
    internal static HashSet<long> FiledUnder(SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<long> rowIds, string kind, string authorityId)
    {
        var all = RecordKeys.FiledUnder(c, tx, kind, authorityId).ToHashSet();
        all.IntersectWith(rowIds);
        return all;
    }

    /// <summary>Files the records under the authority (as primary, after the links they have) or takes them off it.</summary>
    internal static void SetLinks(SqliteConnection c, SqliteTransaction tx, IReadOnlyCollection<long> rowIds, string kind, string authorityId, bool present)
    {
        if (present)
        {
            using var links = new LinkWriter(c, tx);
            foreach (var rowId in rowIds) links.Append(rowId, kind, authorityId);
        }
        else
            foreach (var chunk in rowIds.Chunk(5000))
                c.Execute("DELETE FROM record_links WHERE authority = (SELECT key FROM authority_keys WHERE kind = @kind AND id = @authorityId) AND record_rowid IN @chunk",
                    new { kind, authorityId, chunk }, tx);
    }
}
