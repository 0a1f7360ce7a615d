using System.Net;
using System.Xml.Linq;
using ArchivePortal.Web.Endpoints;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ArchivePortal.Web.Tests;

/// <summary>The protocol allows 50,000 URLs per sitemap file, and the home page is one of them.</summary>
public sealed class SitemapPagingTests
{
    readonly SitemapPaging paging = new();

    [Fact]
    public void One_file_holds_the_home_page_and_49999_records()
    {
        Assert.False(paging.IsIndex(49_999));
        Assert.Equal(1, paging.PageCount(49_999));
        Assert.Equal(new SitemapSlice(Home: true, SkipRecords: 0, TakeRecords: 49_999), paging.Slice(1));
    }

    [Fact]
    public void The_50000th_record_opens_a_second_page()
    {
        Assert.True(paging.IsIndex(50_000));
        Assert.Equal(2, paging.PageCount(50_000));
        Assert.Equal(new SitemapSlice(Home: false, SkipRecords: 49_999, TakeRecords: 50_000), paging.Slice(2));
        Assert.Equal(2, paging.PageCount(99_999));
        Assert.Equal(3, paging.PageCount(100_000));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, true)]
    [InlineData(2, 0, false)]
    [InlineData(2, 50_000, true)]
    [InlineData(3, 50_000, false)]
    [InlineData(-1, 50_000, false)]
    [InlineData(int.MaxValue, 50_000, false)]
    public void Only_the_listed_pages_exist(int page, int records, bool exists) =>
        Assert.Equal(exists, paging.HasPage(page, records));
}

/// <summary>The sitemap over the 28 test records with 10 URLs a file.</summary>
public sealed class SitemapTests : IDisposable
{
    readonly PortalApp app = new();
    readonly HttpClient client;

    public SitemapTests()
    {
        client = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new SitemapPaging(pageSize: 10))))
            .CreateClient();
    }

    static List<string> Locs(string xml) =>
        XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

    [Fact]
    public async Task Every_page_keeps_to_the_limit_and_together_they_list_each_url_once()
    {
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var pages = Locs(index.ToString());
        Assert.Equal(3, pages.Count); // the home page and 28 records: 29 URLs

        var urls = new List<string>();
        foreach (var page in pages)
        {
            var locs = Locs(await client.GetStringAsync(new Uri(page).PathAndQuery));
            Assert.InRange(locs.Count, 1, 10);
            urls.AddRange(locs);
        }
        Assert.Equal(29, urls.Count);
        Assert.Equal(29, urls.Distinct().Count());
        Assert.EndsWith("/", urls[0]);
        Assert.Contains(urls, u => u.EndsWith("/records/vi-tvqg"));
    }

    [Theory]
    [InlineData("/sitemap.xml?page=4")]
    [InlineData("/sitemap.xml?page=0")]
    public async Task A_page_past_the_last_is_not_found(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
