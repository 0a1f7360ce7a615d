namespace ArchivePortal.Ingest.Html;

/// <summary>Why a document was not read: a stable code (stored by the crawler, printed by the importer) and a detail for people.</summary>
public sealed record HtmlRefusal(string Code, string Detail)
{
    /// <summary>Tags nest deeper than <see cref="HtmlLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "html_too_deep";

    /// <summary>Reading took longer than <see cref="HtmlLimits.MaxTime"/>.</summary>
    public const string TooSlow = "html_too_slow";
}
