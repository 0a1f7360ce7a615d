namespace ArchivePortal.Core.Records;

/// <summary>
/// A news item or meeting record as the importers and the crawler produce it and the store keeps it.
/// </summary>
public sealed record ArchiveRecord
{
    /// <summary>Stable identifier: front matter <c>id</c>, else derived from the file name or URL.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Article text without page chrome; paragraphs separated by blank lines (Markdown allowed).</summary>
    public required string Body { get; init; }

    /// <summary>Language code: <c>zh</c>, <c>zh-Hant</c>, <c>en</c> or <c>vi</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Publication or event date, when the source gives one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Publishing institution as written in the source.</summary>
    public string? Institution { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>news, meeting, plan, agreement …</summary>
    public string Type { get; init; } = RecordTypes.News;

    public IReadOnlyList<string> Persons { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Where the record was read from (file path or URL); informational.</summary>
    public string? Origin { get; init; }
}

/// <summary>The record types the importers know; others are kept as given.</summary>
public static class RecordTypes
{
    public const string News = "news";
    public const string Meeting = "meeting";
    public const string Plan = "plan";
    public const string Agreement = "agreement";
}
