using System.IO.Compression;
using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Decoding;
using ArchivePortal.Tests.Fuzzing;
using Xunit.Abstractions;

namespace ArchivePortal.Crawler.Tests.Fuzz;

/// <summary>
/// Issue 14: what a crawl reads from a server, random and mutated. A page goes the way the crawl
/// takes it (decode, links, article), and ends as a record or one of <see cref="IntakeErrorCodes"/>;
/// robots.txt, sitemaps and links give rules and URLs. An exception or a hang is a bug.
/// </summary>
public sealed class CrawlDecoderFuzzTests(ITestOutputHelper output)
{
    static readonly string?[] HeaderCharsets =
        [null, "utf-8", "UTF8", "gbk", "GB2312", "big5", "windows-1258", "iso-8859-1", "utf-16", "utf-16BE", "utf-32", "utf-7", "x-no-such", "\"utf-8\"", " ", "shift_jis"];

    static readonly CrawlScope Scope = new(CrawlScopeKind.Prefix, [new Uri("https://lib.example/news/")]);
    static readonly RobotsRules Robots = RobotsRules.Parse(CrawlSeeds.Robots[0]);

    [Fact]
    public void Pages_become_records_or_coded_failures()
    {
        var corpus = CrawlSeeds.Pages();
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, Mutator<byte>.ForBytes(CrawlSeeds.PageTokens, maxLength: 64 * 1024)),
            Fuzzer.TextMutations(corpus, CrawlSeeds.PageTokens, maxLength: 64 * 1024),
            Fuzzer.TextMutations(corpus, CrawlSeeds.PageTokens, maxLength: 64 * 1024),
            r => Encoding.UTF8.GetBytes(FuzzInputs.RandomTokens(r, CrawlSeeds.PageTokens, 300)),
            r => r.Next(2) == 0 ? FuzzInputs.InvalidUtf8(r, 2000) : FuzzInputs.RandomBytes(r, 2000));
        Fuzzer.Run(output, "page", generate, Page, body => $"header charset {HeaderOf(body) ?? "(none)"}, {(IsHtml(body) ? "text/html" : "text/plain")}");
    }

    // The response's header charset and media type follow from the input, so that one input is the whole response.
    static string? HeaderOf(byte[] body) => HeaderCharsets[body.Length % HeaderCharsets.Length];

    static bool IsHtml(byte[] body) => body.Length % 7 != 0;

    /// <summary>A fetched body as the crawl handles it (CrawlPageTask, without the store): what it becomes.</summary>
    internal static string Page(byte[] body)
    {
        var isHtml = IsHtml(body);
        var decoded = CharsetDecoder.Decode(body, HeaderOf(body), isHtml, detect: true);
        if (decoded.Decoded is not { } text)
        {
            Assert.True(IntakeErrorTexts.English.ContainsKey(decoded.FailureCode!), $"unknown code {decoded.FailureCode}");
            return decoded.FailureCode!;
        }
        var page = CrawledPage.Read(CrawlSeeds.PageUrl, text.Text, isHtml);
        if (page.Links is { } links)
        {
            if (links.Refusal is { } refused) return refused.Code;
            Assert.InRange(links.LinkTextShare, 0, 1);
            foreach (var link in links.Links) CheckUrl(link);
            if (links.NoIndex) return IntakeErrorCodes.NoIndex;
            if (links.LinkTextShare > 0.5) return "listing";
        }
        var article = page.Article();
        if (article.Record is not { } record)
        {
            Assert.False(string.IsNullOrWhiteSpace(article.ErrorDetail), "no article, and no reason");
            Assert.True(IntakeErrorTexts.English.ContainsKey(article.ErrorCode!), $"unknown code {article.ErrorCode}");
            return article.ErrorCode!;
        }
        Assert.Null(RecordIds.Problem(record.Id));
        Assert.False(string.IsNullOrWhiteSpace(record.Title), "a record without a title");
        Assert.Contains(record.Language, LanguageCodes.All);
        Assert.Equal(32, article.ContentHash?.Length);
        if (article.CanonicalUrl is { } canonical) CheckUrl(canonical);
        return $"record {record.Language} ({text.Charset})";
    }

    [Fact]
    public void Sitemaps_give_urls_or_nothing()
    {
        var corpus = CrawlSeeds.Sitemaps.Select(Encoding.UTF8.GetBytes).ToList();
        var xml = Fuzzer.TextMutations(corpus, CrawlSeeds.SitemapTokens, maxLength: 16 * 1024);
        var generate = Fuzzer.Mix(
            xml, xml, r => Gzip(xml(r)),
            Fuzzer.Mutations([.. corpus, .. corpus.Select(Gzip)], Mutator<byte>.ForBytes(CrawlSeeds.SitemapTokens, maxLength: 16 * 1024)),
            r => Encoding.UTF8.GetBytes(FuzzInputs.RandomTokens(r, CrawlSeeds.SitemapTokens, 100)));
        var sitemapUrl = new Uri("https://lib.example/sitemap.xml");
        Fuzzer.Run(output, "sitemap", generate, bytes =>
        {
            var content = SitemapReader.Read(bytes);
            foreach (var loc in content.Pages.Select(p => p.Location).Concat(content.Sitemaps))
                if (UrlNormalizer.Resolve(sitemapUrl, loc) is { } url) CheckUrl(url);
            return $"{Bucket(content.Pages.Count)} pages, {Bucket(content.Sitemaps.Count)} sitemaps";
        });
    }

    [Fact]
    public void Robots_files_give_rules()
    {
        // Long paths too: a pattern's cost grows with the path it is matched against.
        var urls = CrawlSeeds.Links.Select(l => UrlNormalizer.Resolve(CrawlSeeds.PageUrl, l)).OfType<Uri>()
            .Append(new Uri("https://lib.example/" + string.Concat(Enumerable.Repeat("news/a", 50)) + ".html?a=" + new string('a', 300))).ToList();
        var corpus = CrawlSeeds.Robots.Select(r => r.ToCharArray()).ToList();
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, Mutator<char>.ForText(CrawlSeeds.RobotsTokens, maxLength: 8 * 1024)),
            Fuzzer.Mutations(corpus, Mutator<char>.ForText(CrawlSeeds.RobotsTokens, maxLength: 8 * 1024)),
            r => FuzzInputs.RandomTokens(r, CrawlSeeds.RobotsTokens, 300).ToCharArray());
        Fuzzer.Run(output, "robots", r => new string(generate(r)), text =>
        {
            var rules = RobotsRules.Parse(text);
            var allowed = urls.Count(rules.IsAllowed);
            if (rules.CrawlDelay is { } delay) Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(60));
            foreach (var sitemap in rules.Sitemaps)
                if (UrlNormalizer.Resolve(CrawlSeeds.PageUrl, sitemap) is { } url) CheckUrl(url);
            return $"allows {allowed} of {urls.Count}{(rules.CrawlDelay is null ? "" : ", delay")}{(rules.Sitemaps.Count > 0 ? ", sitemaps" : "")}";
        });
    }

    [Fact]
    public void Links_resolve_to_http_urls_or_nothing()
    {
        var corpus = CrawlSeeds.Links.Select(l => l.ToCharArray()).ToList();
        var generate = Fuzzer.Mix(
            Fuzzer.Mutations(corpus, Mutator<char>.ForText(CrawlSeeds.PageTokens, maxLength: 2048)),
            Fuzzer.Mutations(corpus, Mutator<char>.ForText(CrawlSeeds.PageTokens, maxLength: 2048)),
            r => FuzzInputs.RandomText(r, 200).ToCharArray());
        Fuzzer.Run(output, "links", r => new string(generate(r)), href =>
        {
            var url = UrlNormalizer.Resolve(CrawlSeeds.PageUrl, href);
            if (url is not null) CheckUrl(url);
            var links = LinkExtractor.Extract($"<base href=\"{href}\"><a href=\"{href}\">{href}</a><a href='{href}'>x</a>", CrawlSeeds.PageUrl);
            foreach (var link in links.Links) CheckUrl(link);
            return url is null ? "no url" : Scope.Contains(url) ? "url in scope" : "url outside the scope";
        });
    }

    /// <summary>What the crawl does with a URL it found: an http(s) URL that gets an id, a host key, a date, a robots verdict.</summary>
    static void CheckUrl(Uri url)
    {
        Assert.True(url.IsAbsoluteUri && url.Scheme is "http" or "https", $"not an http(s) URL: {url}");
        Assert.Null(RecordIds.Problem(CrawlRecordIds.For(url)));
        _ = CrawlScope.HostKey(url);
        _ = Scope.Contains(url);
        _ = UrlDates.Find(url);
        _ = Robots.IsAllowed(url);
    }

    static string Bucket(int count) => count switch { 0 => "0", 1 => "1", < 10 => "2-9", _ => "10+" };

    static byte[] Gzip(byte[] bytes)
    {
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest)) gzip.Write(bytes);
        return zipped.ToArray();
    }
}
