using System.Globalization;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Storage.Records;
using Dapper;

namespace ArchivePortal.Storage.Feeds;

/// <summary>What a feed entry says of a record besides its search hit: when it was imported and last changed, and what it is filed under.</summary>
public sealed record FeedRecord(string Id, DateTimeOffset Imported, DateTimeOffset Updated, IReadOnlyList<string> Institutions, IReadOnlyList<string> Persons, IReadOnlyList<string> Topics);

/// <summary>Reads the feed details of a page of records, and the archive's write generation feeds are stamped with.</summary>
public sealed class FeedRecords(ArchiveDatabase database)
{
    public IReadOnlyDictionary<string, FeedRecord> Of(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return new Dictionary<string, FeedRecord>();
        using var c = database.Connect();
        var rows = c.Query<(long RowId, string Id, string Created, string Updated)>(
            "SELECT rowid, id, created_at, updated_at FROM records WHERE id IN @ids", new { ids }).ToList();
        var links = c.Query<(long RowId, string Kind, string Id)>(
                "SELECT record_rowid, kind, authority_id FROM record_authorities WHERE role = 'primary' AND record_rowid IN @rowIds ORDER BY record_rowid, seq",
                new { rowIds = rows.Select(r => r.RowId) })
            .ToLookup(l => l.RowId);
        return rows.ToDictionary(r => r.Id, r =>
        {
            List<string> Of(string kind) => links[r.RowId].Where(l => l.Kind == kind).Select(l => l.Id).Distinct().ToList();
            return new FeedRecord(r.Id, Time(r.Created), Time(r.Updated), Of(AuthorityKinds.Institution), Of(AuthorityKinds.Person), Of(AuthorityKinds.Topic));
        });
    }

    /// <summary>The archive's write generation: it moves with every import, crawl and curation, and with nothing else.</summary>
    public long Generation()
    {
        using var c = database.Connect();
        return AuthorityRows.Generation(c);
    }

    static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
