using ArchivePortal.Core.Extraction;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Ingest.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> finds in a page.</summary>
/// <param name="Title">The article title, or null when the page has no heading and no &lt;title&gt;.</param>
/// <param name="Text">Article paragraphs separated by blank lines, page chrome removed.</param>
/// <param name="Date">The page's date and the rule that found it, or null.</param>
/// <param name="DeclaredLanguage">&lt;html lang&gt; mapped to a portal language, or null.</param>
/// <param name="Language">The language of the article: detected, with the declared one choosing zh or zh-Hant.</param>
/// <param name="CanonicalUrl">&lt;link rel="canonical"&gt; as an absolute URL, or null.</param>
/// <param name="RemovedLines">Chrome lines taken out of the article text.</param>
/// <param name="Refusal">Why the page was not read (too deep, too slow), or null; a refused page has no title and no text.</param>
public sealed record HtmlArticle(
    string? Title,
    string Text,
    DateMatch? Date,
    string? DeclaredLanguage,
    string Language,
    Uri? CanonicalUrl,
    IReadOnlyList<string> RemovedLines,
    HtmlRefusal? Refusal = null)
{
    public static HtmlArticle Refused(HtmlRefusal refusal) => new(null, "", null, null, LanguageCodes.English, null, [], refusal);
}
