using System.Net;
using ArchivePortal.Web.Endpoints;

namespace ArchivePortal.Web.Tests;

/// <summary>The language switch returns only to a path on this site, written as a valid Location header.</summary>
public sealed class ReturnPathTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/search?q=archives&f=lang:en", "/search?q=archives&f=lang:en")]
    [InlineData("/search?q=%E9%A5%B6", "/search?q=%E9%A5%B6")] // already encoded: kept, not encoded twice
    [InlineData("https://evil.example/", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData("/\r\nSet-Cookie: ui=zh", "/")]
    [InlineData("/\0", "/")]
    [InlineData("/\v", "/")]
    [InlineData("/\u007f", "/")]
    [InlineData("/search?q=a\u2028b", "/")]
    [InlineData("/search?q=a\u00a0b", "/")]
    [InlineData("/search?q=a b", "/")]
    [InlineData("/search?q=国", "/search?q=%E5%9B%BD")]
    [InlineData("/search?q=Thư viện", "/")]
    [InlineData("/search?q=Thư", "/search?q=Th%C6%B0")]
    [InlineData("/search?q=𠀀", "/search?q=%F0%A0%80%80")] // outside the BMP: one code point, four bytes
    public void Only_a_path_on_this_site_is_followed(string? back, string expected) =>
        Assert.Equal(expected, ReturnPath.SameSite(back));

    [Fact]
    public void Random_strings_never_leave_the_site_nor_break_the_header()
    {
        var random = new Random(20261202);
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (int j = 0; j < chars.Length; j++) chars[j] = (char)random.Next(0, j == 0 ? 0x80 : 0x10000);
            var path = ReturnPath.SameSite(new string(chars));
            Assert.StartsWith("/", path);
            Assert.False(path.Length > 1 && path[1] is '/' or '\\', path);
            Assert.All(path, c => Assert.InRange(c, '!', '~'));
        }
    }
}

/// <summary>The portal on Kestrel on a free loopback port: it checks response headers, where the test server does not.</summary>
public sealed class PortalOnKestrel : IDisposable
{
    readonly PortalApp app = new();

    public PortalOnKestrel()
    {
        app.UseKestrel(0);
        app.StartServer();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ClientOptions.BaseAddress };
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        app.Dispose();
    }
}

/// <summary>The same through Kestrel, which answered 500 to a Location header with a control or non-ASCII character.</summary>
public sealed class LanguageSwitchOnKestrelTests(PortalOnKestrel portal) : IClassFixture<PortalOnKestrel>
{
    readonly HttpClient client = portal.Client;

    [Theory]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/%0a/evil.example", "/")]
    [InlineData("/%0d/evil.example", "/")]
    [InlineData("/%00", "/")]
    [InlineData("/%0b", "/")]
    [InlineData("/search%3Fq%3Da%E2%80%A8b", "/")]
    [InlineData("/search%3Fq%3D%E5%9B%BD", "/search?q=%E5%9B%BD")]
    public async Task Back_is_a_same_site_path_and_never_a_server_error(string back, string location)
    {
        var response = await client.GetAsync("/ui/zh?back=" + back);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_chinese_search_is_returned_to_in_the_chosen_language()
    {
        var back = await client.GetAsync("/ui/zh?back=" + Uri.EscapeDataString("/search?q=国家图书馆"));
        var request = new HttpRequestMessage(HttpMethod.Get, back.Headers.Location);
        request.Headers.Add("Cookie", "ui=zh");
        var d = Html.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("国家图书馆", d.QuerySelector("#q-top")!.GetAttribute("value"));
        Assert.Equal("zh-Hans", d.DocumentElement.GetAttribute("lang"));
    }
}
