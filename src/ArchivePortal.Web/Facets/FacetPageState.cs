using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ArchivePortal.Web.Facets;

/// <summary>How the values of one facet are listed on its own page.</summary>
public enum FacetValueOrder
{
    /// <summary>The most frequent first: what the sidebar shows, continued.</summary>
    Count,

    /// <summary>By name in the visitor's interface language (pinyin for Chinese names under the Chinese interface).</summary>
    Alphabetical,
}

/// <summary>
/// The page of all values of one facet for the current search, read from and written back to its URL:
/// <c>/search/facets/person?q=…&amp;f=…&amp;sort=newest&amp;order=az&amp;fq=chen&amp;page=2</c>. The search's
/// own parameters (q, f, sort) pass through untouched, so a value's link returns to the same results.
/// </summary>
public sealed record FacetPageState
{
    /// <summary>Values per page: long enough to scan, short enough that 5,000 persons are not one page.</summary>
    public const int PageSize = 100;

    /// <summary>The longest name filter kept (as the sidebar's former inline box kept).</summary>
    public const int MaxTextLength = 100;

    public required string Facet { get; init; }

    /// <summary>The results this page belongs to, on their first page and without the inline "more" of old URLs.</summary>
    public required SearchState Search { get; init; }

    public FacetValueOrder Order { get; init; } = FacetValueOrder.Count;

    /// <summary>Typed text: only values whose name (in any language) contains it.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public static FacetPageState From(string facet, HttpRequest request)
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery(request.QueryString.Value));
        var text = query["fq"].ToString().Trim();
        return new FacetPageState
        {
            Facet = facet,
            Search = SearchState.From(query) with { Page = 1, More = null, FacetText = null },
            Order = query["order"].ToString() == "az" ? FacetValueOrder.Alphabetical : FacetValueOrder.Count,
            Text = text.Length == 0 ? null : text[..Math.Min(MaxTextLength, text.Length)],
            Page = int.TryParse(query["page"], out var p) ? Math.Max(1, p) : 1,
        };
    }

    /// <summary>The page for a results page's facet: what its "All N values" link opens.</summary>
    public static string UrlFor(SearchState search, string facet, string? text = null) =>
        new FacetPageState { Facet = facet, Search = search with { Page = 1, More = null, FacetText = null }, Text = text }.Url();

    public FacetPageState WithOrder(FacetValueOrder order) => this with { Order = order, Page = 1 };
    public FacetPageState WithPage(int page) => this with { Page = page };

    public string Path => "/search/facets/" + Uri.EscapeDataString(Facet);

    public string Url()
    {
        var url = Search.Url(Path);
        var parts = new List<string>();
        if (Order == FacetValueOrder.Alphabetical) parts.Add("order=az");
        if (Text is not null) parts.Add("fq=" + Uri.EscapeDataString(Text));
        if (Page > 1) parts.Add("page=" + Page);
        return parts.Count == 0 ? url : url + (url.Contains('?') ? "&" : "?") + string.Join("&", parts);
    }
}
