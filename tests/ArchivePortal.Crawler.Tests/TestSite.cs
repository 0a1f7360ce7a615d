using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchivePortal.Crawler.Tests;

/// <summary>One request as the test site saw it.</summary>
public sealed record SiteRequest(string Path, string Query, long ArrivedTicks, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent)
{
    public int Status { get; set; }

    public TimeSpan ArrivedAt => Stopwatch.GetElapsedTime(0, ArrivedTicks);
}

/// <summary>
/// A library news site on 127.0.0.1 (Kestrel, port 0) serving testdata/site with real odd behaviour: a GBK, a
/// windows-1258 and a header-versus-meta charset page, robots.txt with Disallow and Crawl-delay, a sitemap index
/// pointing to a gzipped sitemap, redirects and a redirect loop, a 404, a 500 and a 429 that recover, a page slower
/// than any timeout, a 20 MB page, a PDF and a dropped connection. Every request is recorded with its arrival time and validators;
/// every page answers conditional requests with ETag and Last-Modified.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    public const double CrawlDelaySeconds = 0.1;
    public const int BigPageBytes = 20 * 1024 * 1024;

    readonly WebApplication app;
    readonly ConcurrentDictionary<string, byte[]> replaced = new();
    readonly ConcurrentDictionary<string, int> hits = new();
    readonly ConcurrentDictionary<string, (byte[] Body, string ContentType)> added = new();

    public ConcurrentQueue<SiteRequest> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    public Uri StartUrl => new(BaseUri, "/news/index.html");

    /// <summary>When set, /news/2021/… and /en/… link to more pages (for the resume test, which needs a longer crawl).</summary>
    public int ExtraPages { get; init; }

    TestSite()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>When set, robots.txt answers with this status (a 5xx means: do not crawl this host).</summary>
    public int? RobotsStatus { get; init; }

    public static async Task<TestSite> StartAsync(int extraPages = 0, int? robotsStatus = null)
    {
        var site = new TestSite { ExtraPages = extraPages, RobotsStatus = robotsStatus };
        await site.app.StartAsync();
        var address = site.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        site.BaseUri = new Uri(address);
        return site;
    }

    /// <summary>From now on <paramref name="path"/> serves <paramref name="body"/> (a new ETag and Last-Modified with it).</summary>
    public void Replace(string path, byte[] body) => replaced[path] = body;

    /// <summary>From now on <paramref name="path"/> answers <paramref name="body"/> as <paramref name="contentType"/>, before any other rule (robots.txt too).</summary>
    public void Add(string path, byte[] body, string contentType) => added[path] = (body, contentType);

    public IReadOnlyList<SiteRequest> RequestsFor(string path) => Requests.Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var seen = new SiteRequest(request.Path.Value ?? "/", request.QueryString.Value ?? "", Stopwatch.GetTimestamp(),
            request.Headers.IfNoneMatch.FirstOrDefault(), request.Headers.IfModifiedSince.FirstOrDefault(), request.Headers.UserAgent.FirstOrDefault());
        Requests.Enqueue(seen);
        try
        {
            await RespondAsync(context, seen.Path);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The crawler hung up (timeout, size limit): expected.
        }
        seen.Status = context.Response.StatusCode;
    }

    async Task RespondAsync(HttpContext context, string path)
    {
        var response = context.Response;
        var hit = hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (added.TryGetValue(path, out var extra))
        {
            await Serve(context, extra.Body, extra.ContentType);
            return;
        }
        switch (path)
        {
            case "/robots.txt" when RobotsStatus is { } robotsStatus:
                response.StatusCode = robotsStatus;
                return;
            case "/robots.txt":
                await Text(context, $"""
                    User-agent: Googlebot
                    Disallow: /

                    User-agent: ArchivePortalBot
                    Disallow: /private/
                    Allow: /private/open.html
                    Crawl-delay: {CrawlDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}

                    Sitemap: {new Uri(BaseUri, "/sitemap_index.xml")}
                    """, "text/plain");
                return;
            case "/sitemap_index.xml":
                await Text(context, $"""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>{new Uri(BaseUri, "/sitemaps/news.xml.gz")}</loc><lastmod>2023-01-01</lastmod></sitemap>
                    </sitemapindex>
                    """, "application/xml");
                return;
            case "/sitemaps/news.xml.gz":
                response.ContentType = "application/x-gzip";
                await response.Body.WriteAsync(Gzip(SitemapXml()));
                return;
            case "/old/festival":
                response.StatusCode = 301;
                response.Headers.Location = "/news/2021/03/12/reading-festival.html";
                return;
            case "/loop/a" or "/loop/b":
                response.StatusCode = 302;
                response.Headers.Location = path == "/loop/a" ? "/loop/b" : "/loop/a";
                return;
            case "/news/flaky.html" when hit == 1:
                response.StatusCode = 500;
                return;
            case "/news/busy.html" when hit == 1:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                return;
            case "/news/slow.html":
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
                return;
            case "/news/big.html":
                await BigPage(context);
                return;
            case "/files/report.pdf":
                await File(context, path, "application/pdf");
                return;
            case "/news/mismatch.html":
                await File(context, path, "text/html; charset=GBK"); // the page's <meta> says utf-8
                return;
            case "/vi/tin-tuc/hoi-nghi.html":
                await File(context, path, "text/html; charset=windows-1258");
                return;
            case "/gb/t20190125_4521.html":
                await File(context, path, "text/html"); // only the <meta> names gb2312
                return;
            case "/notice.txt" when hit == 1:
                context.Abort(); // the connection drops: a network error that a retry cures
                return;
            case "/notice.txt":
                await File(context, path, "text/plain; charset=utf-8");
                return;
        }
        if (path.StartsWith("/extra/", StringComparison.Ordinal) && ExtraPages > 0)
        {
            await Serve(context, Encoding.UTF8.GetBytes(ExtraPage(path)), "text/html; charset=utf-8");
            return;
        }
        await File(context, path, "text/html; charset=utf-8");
    }

    async Task File(HttpContext context, string path, string contentType)
    {
        var file = TestPaths.TestData("site", path.TrimStart('/'));
        if (!replaced.TryGetValue(path, out var body))
        {
            if (path.Contains("..", StringComparison.Ordinal) || !System.IO.File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }
            body = await System.IO.File.ReadAllBytesAsync(file);
        }
        if (path == "/news/index.html" && ExtraPages > 0)
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("</ul>", ExtraLinks() + "</ul>", StringComparison.Ordinal));
        await Serve(context, body, contentType);
    }

    /// <summary>200 with validators, or 304 when the request's If-None-Match matches.</summary>
    static async Task Serve(HttpContext context, byte[] body, string contentType)
    {
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(body))[..16] + "\"";
        var modified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(body.Length);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = modified.ToString("R");
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    static async Task Text(HttpContext context, string text, string contentType) =>
        await Serve(context, Encoding.UTF8.GetBytes(text), contentType + "; charset=utf-8");

    // 20 MB without Content-Length, so the crawler has to count while reading.
    static async Task BigPage(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>大页面 big page filler text.</p>\n", 2000)));
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("<html><head><title>Big</title></head><body>"), context.RequestAborted);
        for (long sent = 0; sent < BigPageBytes; sent += chunk.Length)
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
    }

    byte[] SitemapXml()
    {
        string Url(string path, string lastmod) => $"<url><loc>{new Uri(BaseUri, path)}</loc><lastmod>{lastmod}</lastmod></url>";
        return Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            {Url("/vi/tin-tuc/hoi-nghi.html", "2022-12-27")}
            {Url("/news/2021/03/12/reading-festival.html#comments", "2021-03-12")}
            {Url("/private/secret.html", "2021-01-01")}
            </urlset>
            """);
    }

    static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(bytes);
        return output.ToArray();
    }

    string ExtraLinks() => string.Concat(Enumerable.Range(1, ExtraPages).Select(i => $"<li><a href=\"/extra/{i}.html\">Extra {i}</a></li>\n"));

    static string ExtraPage(string path)
    {
        var n = Path.GetFileNameWithoutExtension(path);
        return $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Branch library news {n}</title></head>
            <body><div id="nav"><a href="/">Home</a> <a href="/news/index.html">News</a></div>
            <div id="content"><h1>Branch library news {n}</h1><p>Published: 2023-02-{(int.Parse(n) % 28) + 1:00}</p>
            <p>Branch library number {n} held a story hour for children and their parents on Saturday morning.</p>
            <p>More than forty families took part, and the branch lent {n}0 picture books that day.</p></div></body></html>
            """;
    }
}
