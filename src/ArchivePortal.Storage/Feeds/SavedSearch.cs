using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Feeds;

/// <summary>How often a saved search's new records are mailed to its owner.</summary>
public static class DigestFrequency
{
    public const string None = "none";
    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public static readonly IReadOnlyList<string> All = [None, Daily, Weekly];
}

/// <summary>
/// A search a signed-in person saved under a name: the query, filters and sort as on the results
/// page, the language of its feed and mails, and how often it is mailed.
/// </summary>
public sealed record SavedSearch(
    long Id,
    long UserId,
    string Name,
    string Query,
    IReadOnlyList<QueryFilter> Filters,
    SearchSort Sort,
    string Language,
    string Digest,
    int TokenVersion,
    long SeenRowId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? OpenedAt)
{
    /// <summary>The search it stands for, the newest records first unless it was saved with another order.</summary>
    public SearchRequest Request(int limit = 10) => new() { Query = Query, Filters = Filters, Sort = Sort, Limit = limit };
}

/// <summary>What a person saves or edits: everything but the bookkeeping.</summary>
public sealed record SavedSearchDefinition(string Name, string Query, IReadOnlyList<QueryFilter> Filters, SearchSort Sort, string Language, string Digest = DigestFrequency.None);
