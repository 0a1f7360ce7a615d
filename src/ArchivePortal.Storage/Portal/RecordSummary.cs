namespace ArchivePortal.Storage.Portal;

/// <summary>What a list of records on a portal page shows: enough for a title link and a line of metadata.</summary>
public sealed record RecordSummary(string Id, string Title, string Language, DateOnly? Date, string? Institution, string Type);

/// <summary>A sitemap entry: a public record and when it last changed.</summary>
public sealed record RecordStamp(string Id, DateTimeOffset UpdatedAt);
