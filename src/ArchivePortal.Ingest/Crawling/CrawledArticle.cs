using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Html;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Extraction;
using ArchivePortal.Ingest.Intake.Normalization;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Crawling;

/// <summary>The article of a crawled page as a record, or why the page holds none.</summary>
/// <param name="ContentHash">A hash of the stored title and text: equal for the same article under any URL.</param>
/// <param name="ErrorCode">Why there is no record: <see cref="IntakeErrorCodes.NoArticle"/>, or the HTML was refused (too deep, too slow).</param>
public sealed record CrawledArticle(ArchiveRecord? Record, Uri? CanonicalUrl, string? ContentHash, string? ErrorDetail, string? ErrorCode = null)
{
    /// <summary>
    /// Reads the article of a page with the importers' own conversion (<see cref="HtmlRecordConverter"/> for HTML,
    /// the plain-text reader for text/plain), so a crawled page becomes the same record as its saved file would.
    /// </summary>
    /// <param name="text">The decoded page; <see cref="IntakeText.Normalize(string)"/> is applied here.</param>
    public static CrawledArticle Read(Uri url, string text, bool isHtml)
    {
        text = IntakeText.Normalize(text);
        return isHtml ? FromHtml(url, BoundedHtmlParser.Parse(text)) : FromText(url, text);
    }

    /// <summary>The article of an HTML page already parsed from normalized text (see <see cref="CrawledPage"/>).</summary>
    public static CrawledArticle FromHtml(Uri url, ParsedHtml page)
    {
        var extracted = HtmlRecordConverter.Convert(page, url);
        if (extracted.Record is not { } record) return new CrawledArticle(null, null, null, extracted.FailureDetail, extracted.FailureCode);
        // A canonical link to another site is not trusted to name the record: anyone can point anywhere.
        var canonical = extracted.CanonicalUrl is { } c && UrlNormalizer.Normalize(c) is { } n && CrawlScope.HostKey(n) == CrawlScope.HostKey(url) ? n : null;
        return Identified(url, record, canonical);
    }

    /// <summary>The article of a text/plain page, from normalized text.</summary>
    public static CrawledArticle FromText(Uri url, string text)
    {
        var read = PlainTextRecordReader.Parse(text, url.AbsoluteUri);
        if (read.Record is not { } record) return new CrawledArticle(null, null, null, read.Failure!.Reason, read.Failure.Code);
        return Identified(url, record, canonical: null);
    }

    /// <summary>
    /// The record id comes from the canonical URL when the page names one on its own host, else from the page URL;
    /// the date from the page, else from the URL (/2021/03/12/, t20190125_).
    /// </summary>
    static CrawledArticle Identified(Uri url, ArchiveRecord record, Uri? canonical)
    {
        var id = canonical ?? url;
        record = IntakeText.Normalize(record with
        {
            Id = CrawlRecordIds.For(id),
            SourceUrl = id.AbsoluteUri,
            Origin = url.AbsoluteUri,
            Date = record.Date ?? UrlDates.Find(id) ?? UrlDates.Find(url),
        });
        return new CrawledArticle(record, canonical, Intake.Identity.ContentHash.Of(record), null);
    }
}
