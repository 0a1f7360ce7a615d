using System.Text;
using ArchivePortal.Core.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ArchivePortal.Web.Search;

/// <summary>
/// Everything a results page depends on, read from and written back to its bookmarkable URL:
/// <c>/search?q=…&amp;f=facet:value&amp;f=…&amp;sort=newest&amp;page=2</c>. Every link a results
/// page draws is this state with one thing changed, so no parameter is ever lost.
/// </summary>
public sealed record SearchState
{
    /// <summary>Results per page unless the visitor picks another of <see cref="PageSizes"/>.</summary>
    public const int PageSize = 10;

    /// <summary>What the per-page choice offers (<c>per_page=20</c>); any other value means the default.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [10, 20, 50];

    /// <summary>
    /// The deepest result a visitor can page to. A page is picked from the best offset + limit of
    /// all matches, so a deep page costs as much as a list that long; past this the pages stop and
    /// say why (a narrower search finds the rest).
    /// </summary>
    public const int MaxResults = 10_000;

    /// <summary>The last page at the default page size.</summary>
    public const int MaxPage = MaxResults / PageSize;

    /// <summary>
    /// The most filters a search honours; the rest of a URL's <c>f</c> values are ignored, with a note.
    /// Clicking through the sidebar's seven facets rarely selects more than a handful, and every
    /// filter costs: each link on a results page carries all of them (600 filters made a 5.9 MB
    /// page), each is tested against every match, and a page without results tries removing them.
    /// </summary>
    public const int MaxFilters = 20;

    /// <summary>The longest query searched and echoed in links, in characters.</summary>
    public const int MaxQueryLength = 300;

    /// <summary>A longer filter value names no facet value; it is ignored, not repeated in every link.</summary>
    public const int MaxFilterLength = 200;

    public string Query { get; init; } = "";
    public IReadOnlyList<SelectedFilter> Filters { get; init; } = [];

    /// <summary>What the URL asked for that <see cref="Filters"/> leaves out (not part of <see cref="Url"/>).</summary>
    public IgnoredFilters Ignored { get; init; } = IgnoredFilters.None;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;

    /// <summary>Results per page, one of <see cref="PageSizes"/>.</summary>
    public int PerPage { get; init; } = PageSize;

    /// <summary>The last page that <see cref="MaxResults"/> lets the visitor reach at this page size.</summary>
    public int LastReachablePage => MaxResults / PerPage;

    /// <summary>A facet shown with all its values (<c>more=person</c>) instead of the most frequent ones.</summary>
    public string? More { get; init; }

    /// <summary>Typed text narrowing the values of the <see cref="More"/> facet (<c>fq=chen</c>).</summary>
    public string? FacetText { get; init; }

    /// <summary>
    /// The state of a request's URL, read from the query string as sent: the output cache sorts the
    /// repeated values of <see cref="HttpRequest.Query"/> in place when it builds its key
    /// (dotnet/aspnetcore#69109), and the order of the <c>f</c> values is the order in which the
    /// visitor added the filters.
    /// </summary>
    public static SearchState From(HttpRequest request) =>
        From(new QueryCollection(QueryHelpers.ParseQuery(request.QueryString.Value)));

    public static SearchState From(IQueryCollection query)
    {
        var (filters, ignored) = ReadFilters(SearchWithin.Filters(query));
        var (text, cut) = Shortened((query["q"].ToString() ?? "").Trim());
        var perPage = ParsePerPage(query[PerPageParameter]);
        return new SearchState
        {
            Query = text,
            Filters = filters,
            Ignored = cut == 0 ? ignored : ignored with { QueryCut = cut },
            Sort = ParseSort(query["sort"]),
            Page = int.TryParse(query["page"], out var p) ? Math.Clamp(p, 1, MaxResults / perPage) : 1,
            PerPage = perPage,
            More = FacetOrder.Sidebar.FirstOrDefault(n => n == query["more"].ToString()),
            FacetText = query["more"].Count > 0 && query["fq"].ToString() is { Length: > 0 } fq ? fq.Trim()[..Math.Min(100, fq.Trim().Length)] : null,
        };
    }

    /// <summary>
    /// The query, at most <see cref="MaxQueryLength"/> characters (cut at a space when there is one),
    /// and how many were left out. Every link of a results page repeats the query: a 7.8 KB address
    /// once made a 2.1 MB page.
    /// </summary>
    static (string Text, int Cut) Shortened(string q)
    {
        if (q.Length <= MaxQueryLength) return (q, 0);
        var end = q.LastIndexOf(' ', MaxQueryLength);
        var kept = q[..(end > MaxQueryLength / 2 ? end : MaxQueryLength)].TrimEnd();
        if (kept.Length > 0 && char.IsHighSurrogate(kept[^1])) kept = kept[..^1];
        return (kept, q.Length - kept.Length);
    }

    /// <summary>The distinct filters in URL order, up to <see cref="MaxFilters"/>, and what was left out.</summary>
    static (List<SelectedFilter> Filters, IgnoredFilters Ignored) ReadFilters(IEnumerable<string?> values)
    {
        var filters = new List<SelectedFilter>();
        var invalid = new List<string>();
        var seenText = new HashSet<string>(StringComparer.Ordinal);
        var seenFilters = new HashSet<SelectedFilter>(); // Year:2021 and year:2021 are one filter
        var overLimit = 0;
        foreach (var text in values)
        {
            // An empty form field says nothing, and a value said twice counts once.
            if (string.IsNullOrWhiteSpace(text) || !seenText.Add(text.Trim())) continue;
            if (text.Length > MaxFilterLength || SelectedFilter.Parse(text) is not { } filter) invalid.Add(text.Trim());
            else if (!seenFilters.Add(filter)) continue;
            else if (filters.Count < MaxFilters) filters.Add(filter);
            else overLimit++;
        }
        return (filters, invalid.Count == 0 && overLimit == 0 ? IgnoredFilters.None : new IgnoredFilters(invalid, overLimit));
    }

    /// <summary>The URL parameter of <see cref="PerPage"/>.</summary>
    public const string PerPageParameter = "per_page";

    static int ParsePerPage(string? s) => int.TryParse(s, out var n) && PageSizes.Contains(n) ? n : PageSize;

    public static SearchSort ParseSort(string? s) => s?.ToLowerInvariant() switch
    {
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };

    public bool IsSelected(string facet, string value) => Filters.Contains(new SelectedFilter(facet, value));

    public SearchState Toggle(string facet, string value)
    {
        var f = new SelectedFilter(facet, value);
        var list = IsSelected(facet, value) ? Filters.Where(x => x != f).ToList() : [.. Filters, f];
        // Removing a year also removes its months: a month means nothing outside its year.
        if (facet == FacetNames.Year && IsSelected(facet, value))
            list.RemoveAll(x => x.Facet == FacetNames.Month && x.Value.StartsWith(value + "-", StringComparison.Ordinal));
        return this with { Filters = list, Page = 1 };
    }

    public SearchState WithoutFilters() => this with { Filters = [], Page = 1 };
    public SearchState WithPage(int page) => this with { Page = page };
    public SearchState WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };
    public SearchState WithQuery(string query) => this with { Query = query, Page = 1 };
    public SearchState WithMore(string? facet) => this with { More = facet, FacetText = null };

    /// <summary>The store's request. A month replaces its year (both are date filters, which OR).</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Sort = Sort,
        Offset = (Page - 1) * PerPage,
        Limit = PerPage,
        ExpandFacet = More,
        FacetFilter = FacetText,
        Filters = Filters
            .Where(f => !(f.Facet == FacetNames.Year && Filters.Any(m => m.Facet == FacetNames.Month && m.Value.StartsWith(f.Value + "-", StringComparison.Ordinal))))
            .Select(f => f.ToQueryFilter()).ToList(),
    };

    public string Url(string path = "/search")
    {
        var parts = new List<string>();
        if (Query.Length > 0) parts.Add("q=" + Escape(Query));
        parts.AddRange(Filters.Select(f => "f=" + Escape(f.ToString())));
        if (Sort != SearchSort.Relevance) parts.Add("sort=" + Sort.ToString().ToLowerInvariant());
        if (Page > 1) parts.Add("page=" + Page);
        if (PerPage != PageSize) parts.Add(PerPageParameter + "=" + PerPage);
        if (More is not null) parts.Add("more=" + Escape(More));
        if (More is not null && FacetText is not null) parts.Add("fq=" + Escape(FacetText));
        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    /// <summary>
    /// A result's record page with this search in its address (<c>/records/{id}?q=…&amp;n=12</c>):
    /// the record page leads back to these results and on to the neighbouring hits without a session.
    /// <paramref name="position"/> is the hit's place in the whole result list, from 1.
    /// </summary>
    public string RecordUrl(string id, int position)
    {
        var search = Url("");
        return "/records/" + Uri.EscapeDataString(id) + (search.Length == 0 ? "?" : search + "&") + "n=" + position;
    }

    public override string ToString() => Url();

    /// <summary>Percent-encoding that leaves ':' readable (it is legal in a query string): f=year:2021.</summary>
    static string Escape(string s) => Uri.EscapeDataString(s).Replace("%3A", ":");
}
