using System.Text;
using ArchivePortal.Ingest.Crawling;
using ArchivePortal.Ingest.Intake.Decoding;

namespace ArchivePortal.Crawler.Tests.Units;

/// <summary>What a crawler reads comes from anyone: random bytes and strings must give values, never exceptions.</summary>
public sealed class RandomInputTests
{
    static IEnumerable<byte[]> RandomBytes(int seed)
    {
        var random = new Random(seed);
        yield return [];
        yield return [0x1f, 0x8b]; // a gzip header and nothing else
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            if (i % 3 == 0) bytes = [0x1f, 0x8b, 0x08, .. bytes];
            yield return bytes;
        }
    }

    static IEnumerable<string> RandomStrings(int seed)
    {
        const string alphabet = "abc/:?#&=.%*$ \n\t\r-_~@!<>\"'中文ộĐ\u0000\uD800User-agent:Disallow:Allow:Crawl-delay:Sitemap:http://";
        var random = new Random(seed);
        yield return "";
        for (int i = 0; i < 500; i++)
            yield return new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    [Fact]
    public void Sitemaps_and_decoding_take_any_bytes()
    {
        foreach (var bytes in RandomBytes(5))
        {
            _ = SitemapReader.Read(bytes);
            _ = CharsetDecoder.Decode(bytes, "utf-8", isHtml: true, detect: true);
            _ = CharsetDecoder.Decode(bytes, "no-such-charset", isHtml: false, detect: true);
            _ = CharsetDecoder.Decode(bytes, null, isHtml: true, detect: false);
        }
    }

    [Fact]
    public void Robots_links_and_urls_take_any_text()
    {
        var page = new Uri("https://lib.example/news/index.html");
        foreach (var text in RandomStrings(7))
        {
            var rules = RobotsRules.Parse(text);
            _ = rules.IsAllowed(page);
            if (UrlNormalizer.Resolve(page, text) is { } url)
            {
                _ = UrlDates.Find(url);
                _ = CrawlRecordIds.For(url);
                _ = rules.IsAllowed(url);
            }
            _ = LinkExtractor.Extract($"<a href=\"{text}\">{text}</a><base href=\"{text}\">", page);
            _ = CrawledArticle.Read(page, text, isHtml: true);
            _ = CrawledArticle.Read(page, text, isHtml: false);
        }
    }
}
