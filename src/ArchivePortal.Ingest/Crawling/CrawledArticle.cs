using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Readers;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>The article of a crawled page as a record, or why the page holds none.</summary>
/// <param name="ContentHash">A hash of the stored title and text: equal for the same article under any URL.</param>
/// <param name="ErrorCode">Why there is no record: <see cref="CrawlErrorCodes.NoArticle"/>, or the HTML was refused (too deep, too slow).</param>
public sealed record CrawledArticle(ArchiveRecord? Record, Uri? CanonicalUrl, string? ContentHash, string? ErrorDetail, string? ErrorCode = null)
{
    /// <summary>
    /// Reads the article of a page with the importers' own extraction (<see cref="HtmlArticleExtractor"/> for HTML,
    /// the plain-text reader for text/plain), so a crawled page becomes the same record as its saved file would.
    /// The record id comes from the canonical URL when the page names one on its own host, else from the page URL;
    /// the date from the page, else from the URL (/2021/03/12/, t20190125_).
    /// </summary>
    public static CrawledArticle Read(Uri url, string text, bool isHtml)
    {
        text = ImportRunner.Nfc(text);
        ArchiveRecord record;
        Uri? canonical = null;
        if (isHtml)
        {
            var article = HtmlArticleExtractor.Extract(text, url);
            if (article.Refusal is { } refused) return new CrawledArticle(null, null, null, refused.Detail, refused.Code);
            if (string.IsNullOrWhiteSpace(article.Title)) return Failed("no title: the page has no heading and no <title>");
            if (string.IsNullOrWhiteSpace(article.Text)) return Failed("no article text outside navigation, header, footer and sidebars");
            // A canonical link to another site is not trusted to name the record: anyone can point anywhere.
            canonical = article.CanonicalUrl is { } c && UrlNormalizer.Normalize(c) is { } n && CrawlScope.HostKey(n) == CrawlScope.HostKey(url) ? n : null;
            record = new ArchiveRecord
            {
                Id = "",
                Title = article.Title,
                Body = article.Text,
                Language = article.Language,
                Date = article.Date?.Date,
                Type = RecordTypeClassifier.Classify(article.Title, article.Text.Split("\n\n", 2)[0]),
            };
        }
        else
        {
            var read = PlainTextRecordReader.Parse(text, url.AbsoluteUri);
            if (read.Record is null) return Failed(read.Failure!.Reason);
            record = read.Record;
        }

        var id = canonical ?? url;
        record = ImportRunner.Normalize(record with
        {
            Id = CrawlRecordIds.For(id),
            SourceUrl = id.AbsoluteUri,
            Origin = url.AbsoluteUri,
            Date = record.Date ?? UrlDates.Find(id) ?? UrlDates.Find(url),
        });
        return new CrawledArticle(record, canonical, Hash(record), null);
    }

    static CrawledArticle Failed(string detail) => new(null, null, null, detail, CrawlErrorCodes.NoArticle);

    static string Hash(ArchiveRecord r) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(r.Title + "\u0000" + r.Body)))[..32];
}
