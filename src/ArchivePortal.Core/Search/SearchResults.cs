namespace ArchivePortal.Core.Search;

/// <summary>One page of hits, the total, facet counts over all matches, and messages for the visitor.</summary>
public sealed record SearchResults
{
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>How many records match (not just this page).</summary>
    public required int Total { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetValue>>();

    /// <summary>How many distinct values each facet has in all (more than it returned when cut to the limit).</summary>
    public IReadOnlyDictionary<string, int> FacetSizes { get; init; } = new Dictionary<string, int>();

    /// <summary>The filters in force after parsing (query and request), as the query language writes them.</summary>
    public IReadOnlyList<Querying.QueryFilter> AppliedFilters { get; init; } = [];

    /// <summary>Notes about the query: ignored syntax, relaxed matching, an empty query.</summary>
    public IReadOnlyList<SearchNote> Messages { get; init; } = [];

    public static SearchResults Empty(params SearchNote[] messages) => new() { Hits = [], Total = 0, Messages = messages };
}

/// <summary>A record in a result list, with its title and snippet as safe HTML (escaped, with &lt;mark&gt;).</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string TitleHtml { get; init; }
    public required string SnippetHtml { get; init; }
    public required string Language { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>The institution as the record declares it, else as it was filed (in the record's language).</summary>
    public string? Institution { get; init; }

    /// <summary>The filed institution's labels per UI language (en, zh, vi); null when the record is filed under none.</summary>
    public IReadOnlyDictionary<string, string>? InstitutionLabels { get; init; }

    /// <summary>
    /// Who published the record, named for a visitor of <paramref name="uiLanguage"/> as the facets
    /// name it (that label, else English, else any), else as the record declares it.
    /// </summary>
    public string? InstitutionIn(string uiLanguage) =>
        InstitutionLabels is { Count: > 0 } labels ? new FacetValue("", 0) { Labels = labels }.Label(uiLanguage) : Institution;

    public string Type { get; init; } = "";
    public string? SourceUrl { get; init; }

    /// <summary>Relevance score (higher is better); comparable only within one search.</summary>
    public double Score { get; init; }

    /// <summary>The record's row in the archive: later imports have higher ones ("new since" a saved search was opened).</summary>
    public long RowId { get; init; }
}

/// <summary>
/// A facet value and how many matching records have it. Value is what a filter takes (an
/// authority id, a year, a language code); Labels, when present, name it per UI language
/// (en, zh, vi) — authority facets have them, plain ones show Value.
/// </summary>
public sealed record FacetValue(string Value, int Count)
{
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>An authority found at import that no archivist has confirmed: its labels may be generated (pinyin).</summary>
    public bool Provisional { get; init; }

    /// <summary>
    /// The label in <paramref name="uiLanguage"/>, else English, else any label (a person found in
    /// Chinese records only has a Chinese name: 徐明 reads better than its id), else the value itself.
    /// </summary>
    public string Label(string uiLanguage) =>
        Labels?.GetValueOrDefault(uiLanguage) ?? Labels?.GetValueOrDefault("en") ?? Labels?.Values.FirstOrDefault() ?? Value;
}

/// <summary>The facet names every search returns.</summary>
public static class FacetNames
{
    public const string Language = "lang";
    public const string Year = "year";
    public const string Type = "type";
    public const string Month = "month";
    public const string Institution = "institution";
    public const string Person = "person";
    public const string Topic = "topic";
}
