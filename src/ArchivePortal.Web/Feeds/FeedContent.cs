using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Feeds;

namespace ArchivePortal.Web.Feeds;

/// <summary>One feed, ready to write: its identity, links, and the entries with their details.</summary>
public sealed record FeedContent(
    string Id,
    string Title,
    string Subtitle,
    Uri Self,
    Uri Alternate,
    string Language,
    IReadOnlyList<(SearchHit Hit, FeedRecord Record)> Entries)
{
    /// <summary>The newest change of any entry (or of nothing: the Unix epoch), for Last-Modified and the feed's updated time.</summary>
    public DateTimeOffset LastModified => Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.Record.Updated);
}
