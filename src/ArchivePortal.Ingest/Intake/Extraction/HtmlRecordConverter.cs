using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Html;

namespace ArchivePortal.Ingest.Intake.Extraction;

/// <summary>
/// The one conversion of an HTML page into a record, for saved files and crawled pages alike, so that the same page
/// becomes the same record either way: the article (<see cref="HtmlArticleExtractor"/>, boilerplate removed),
/// refused when the page holds none. The id and the origin are the caller's.
/// </summary>
public static class HtmlRecordConverter
{
    /// <summary>The record in a page parsed by <see cref="BoundedHtmlParser"/>.</summary>
    /// <param name="baseUrl">Where the page came from, to resolve a relative canonical link; null for files.</param>
    public static ExtractedRecord Convert(ParsedHtml page, Uri? baseUrl)
    {
        var article = HtmlArticleExtractor.Extract(page, baseUrl);
        if (article.Refusal is { } refused) return ExtractedRecord.Failed(refused.Code, refused.Detail);
        if (string.IsNullOrWhiteSpace(article.Title))
            return ExtractedRecord.Failed(IntakeErrorCodes.NoArticle, "no title: the page has no <h1> heading and no <title>");
        if (string.IsNullOrWhiteSpace(article.Text))
            return ExtractedRecord.Failed(IntakeErrorCodes.NoArticle, "no article text found outside navigation, header, footer and sidebars");

        return ExtractedRecord.Of(new ArchiveRecord
        {
            Id = "",
            Title = article.Title,
            Body = article.Text,
            Language = article.Language,
            Date = article.Date?.Date,
            SourceUrl = article.CanonicalUrl?.AbsoluteUri,
            Type = RecordTypeClassifier.Classify(article.Title, article.Text.Split("\n\n", 2)[0]),
        }, article.CanonicalUrl);
    }
}
