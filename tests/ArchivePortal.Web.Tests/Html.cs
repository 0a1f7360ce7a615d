using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArchivePortal.Web.Tests;

public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(this HttpClient client, string url, bool parse)
    {
        var response = await client.GetAsync(url);
        return (response, Parse(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<IDocument> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static string Text(this IDocument d, string selector) => d.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
