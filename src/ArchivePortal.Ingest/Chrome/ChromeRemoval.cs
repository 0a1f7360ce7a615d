namespace ArchivePortal.Ingest.Chrome;

/// <summary>
/// Article text without its page chrome, and the chrome lines that were taken out: the info bar
/// among them still tells the publication date.
/// </summary>
public sealed record ChromeRemoval(string Text, IReadOnlyList<string> RemovedLines)
{
    /// <summary>The removed lines as one text, for date extraction.</summary>
    public string RemovedText => string.Join('\n', RemovedLines);
}
