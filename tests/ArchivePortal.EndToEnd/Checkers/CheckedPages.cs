namespace ArchivePortal.EndToEnd.Checkers;

/// <summary>One page of each kind a visitor meets, over <see cref="PortalBrowser"/>'s sample records.</summary>
public static class CheckedPages
{
    public static readonly IReadOnlyList<string> Languages = ["en", "zh", "vi"];

    static readonly string RaoQuan = Uri.EscapeDataString("饶权");

    /// <summary>Every kind of page, by name; the address of a facet's values is chosen by <see cref="AllValuesAsync"/>.</summary>
    public static async Task<IReadOnlyList<(string Name, string Path)>> AllAsync(string baseUrl) =>
    [
        ("home", "/"),
        ("results", "/search?q=" + RaoQuan),
        ("filtered results", "/search?q=" + RaoQuan + "&f=person:wei-dawei&f=lang:zh"),
        ("all values", await AllValuesAsync(baseUrl)),
        ("record", "/records/nlc-02"),
        ("advanced", "/advanced"),
        ("no results", "/search?q=zzqqxxyy"),
        ("404", "/no/such/page"),
    ];

    /// <summary>Home, results and record: the pages Lighthouse scores.</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> Main =
    [
        ("home", "/"),
        ("results", "/search?q=" + RaoQuan),
        ("record", "/records/nlc-02"),
    ];

    /// <summary>
    /// A facet's page of all its values (/search/facets/{name}) once the portal has it; until
    /// then the results page with the facet shown in full ("All N values").
    /// </summary>
    static async Task<string> AllValuesAsync(string baseUrl)
    {
        var page = "/search/facets/person?q=" + RaoQuan;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await http.GetAsync(page);
        return response.IsSuccessStatusCode ? page : "/search?q=" + RaoQuan + "&more=person";
    }

    /// <summary>The Accept-Language header and Playwright locale that ask for a UI language.</summary>
    public static string Locale(string language) => language switch { "zh" => "zh-CN", "vi" => "vi-VN", _ => "en-US" };
}
