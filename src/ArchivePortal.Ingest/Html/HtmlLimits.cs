namespace ArchivePortal.Ingest.Html;

/// <summary>
/// How much one HTML document may cost to read. The HTML parser scans its stack of open elements for almost every
/// tag, so a page of 100,000 unclosed &lt;div&gt;s costs 100,000² steps (65 s to parse 500 KB); a page past these
/// limits is refused with a code instead of holding an import or a crawl.
/// </summary>
public sealed record HtmlLimits
{
    public static readonly HtmlLimits Default = new();

    /// <summary>
    /// The most elements open at once. AngleSharp stops nesting the tree at 512 too, and text deeper than
    /// <see cref="HtmlTextWriter.MaxDepth"/> is never read, so a deeper page is not an article we could show.
    /// </summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>Time to parse one document and take its article or links out.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(10);
}
