using System.Net;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace ArchivePortal.Web.Tests;

/// <summary>Findings of the hostile trial (issue 14): each input answered, never a 500.</summary>
public sealed class HostileInputTests : IDisposable
{
    readonly PortalApp app = new();

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("thư\uFFFEviện")]
    [InlineData("\uFFFE\uFFFF图书馆")]
    [InlineData("\uD800 lone surrogate")]
    public async Task A_query_with_a_noncharacter_or_a_lone_surrogate_is_answered(string query)
    {
        foreach (var path in new[] { "/search?q=", "/api/search?q=", "/search/atom?q=" })
        {
            var response = await app.Client().GetAsync(path + Uri.EscapeDataString(query).Replace("%EF%BF%BD", "%ED%A0%80"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}{query}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_file_with_a_noncharacter_is_imported_and_the_files_after_it_too()
    {
        var folder = Path.Combine(app.Folder, "incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.md"), "---\nid: odd\ntitle: Odd \uFFFE title\nlang: vi\n---\nThư viện\uFFFE số hoá tài liệu.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.md"), "---\nid: fine\ntitle: A fine record\nlang: en\n---\nNothing odd here.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "c.txt"), "Vietnamese \uFFFE text: Thư viện\uFFFE Quốc gia\n\nA body.");

        var report = await app.Services.GetRequiredService<PortalImporter>().ImportAsync([folder]);

        Assert.Empty(report.Failures);
        Assert.Equal(3, report.Summary.Added);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/records/odd")).StatusCode);
        Assert.Contains("fine", await app.Client().GetStringAsync("/api/search?q=fine"));
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/search?q=x")]
    [InlineData("PUT", "/records/en-nlc")]
    [InlineData("DELETE", "/api/search?q=x")]
    [InlineData("OPTIONS", "/")]
    public async Task Methods_other_than_get_head_and_post_get_405(string method, string path)
    {
        var response = await app.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/opensearch.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/search/atom?q=x")]
    [InlineData("/robots.txt")]
    public async Task A_forged_host_header_never_reaches_a_document(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Host", "a&b<c>");

        var response = await app.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("a&b", body);
        if (!path.EndsWith(".txt", StringComparison.Ordinal)) System.Xml.Linq.XDocument.Parse(body); // well-formed
    }

    [Fact]
    public async Task A_huge_query_is_cut_and_said_so_not_echoed_in_every_link()
    {
        var query = string.Join(" ", Enumerable.Range(0, 1000).Select(i => "word" + i)); // about 7.9 KB
        var url = "/search?q=" + Uri.EscapeDataString(query) + "&f=" + Uri.EscapeDataString("person:" + new string('x', 3000));

        var response = await app.Client().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length < 20 * url.Length, $"{body.Length:N0} characters answer a {url.Length:N0}-character address");
        Assert.Contains("The query was too long: the search used its first 300 characters", body);
        // Only the language switch's return addresses (one per interface language) carry the address as sent.
        Assert.InRange(body.Split("word999").Length - 1, 0, 3);
    }

    public void Dispose() => app.Dispose();
}
