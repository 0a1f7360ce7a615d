using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArchivePortal.Ingest.Html;

/// <summary>A parsed document, or why it was not parsed; <see cref="Budget"/> goes on counting for the work after parsing.</summary>
public sealed record ParsedHtml(IHtmlDocument? Document, HtmlRefusal? Refusal, HtmlBudget Budget);

/// <summary>
/// Parses HTML within <see cref="HtmlLimits"/>: a page whose tags nest too deep is refused before parsing (that is
/// what makes the parser quadratic), and parsing that outlasts the time limit is abandoned. Every HTML page the
/// importer or the crawler reads is parsed here.
/// </summary>
public static class BoundedHtmlParser
{
    /// <summary>How many tokens the parser reads between two looks at the clock.</summary>
    const int TokensPerCheck = 1024;

    // Parsing is most of the cost of reading a page; tests use this to prove a crawled page is parsed once.
    [ThreadStatic] static int parsesOnThisThread;

    /// <summary>How many documents this thread has parsed (for tests: reading a page must parse it once).</summary>
    internal static int ParsesOnThisThread => parsesOnThisThread;

    public static ParsedHtml Parse(string html, HtmlLimits? limits = null)
    {
        parsesOnThisThread++;
        limits ??= HtmlLimits.Default;
        var budget = new HtmlBudget(limits.MaxTime);
        var depth = HtmlNesting.Deepest(html, limits.MaxDepth);
        if (depth > limits.MaxDepth)
            return new ParsedHtml(null, new HtmlRefusal(HtmlRefusal.TooDeep, $"tags nest more than {limits.MaxDepth} deep (unclosed elements?)"), budget);
        var tokens = 0;
        var options = new HtmlParserOptions
        {
            OnToken = (_, _) =>
            {
                if (++tokens % TokensPerCheck == 0 && budget.IsSpent) throw new OutOfTimeException();
            },
        };
        try
        {
            var document = new HtmlParser(options).ParseDocument(html);
            return budget.IsSpent ? new ParsedHtml(null, budget.Refusal(), budget) : new ParsedHtml(document, null, budget);
        }
        catch (OutOfTimeException)
        {
            return new ParsedHtml(null, budget.Refusal(), budget);
        }
    }

    /// <summary>Thrown from the parser's token callback, the only way to stop it midway.</summary>
    sealed class OutOfTimeException : Exception;
}
