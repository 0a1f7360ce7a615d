namespace ArchivePortal.Ingest.Chrome;

/// <summary>
/// Removes page chrome (breadcrumbs, info bars, print/close links, previous/next links, copyright
/// footers, related-link lists, photo galleries, credit lines) from article text, line by line.
/// </summary>
/// <remarks>
/// Line-based on purpose: every importer (text captures, Markdown, text extracted from HTML)
/// ends up with chrome on lines of its own, and a rule that may only take a whole short line
/// cannot cut into an article sentence. Blank-line runs left behind collapse to one blank line.
/// </remarks>
public sealed class PageChromeRemover(IReadOnlyList<ChromeRule> rules)
{
    /// <summary>A gallery caption longer than this is article text, not a caption.</summary>
    const int MaxCaptionLength = 300;
    /// <summary>A line in a related-links list longer than this is a paragraph, which ends the list.</summary>
    const int MaxLinkLineLength = 120;

    /// <summary>The remover with <see cref="ChromeRules.Default"/>.</summary>
    public static PageChromeRemover Default { get; } = new(ChromeRules.Default);

    /// <summary>The rule that matches <paramref name="line"/>, or null when the line is not chrome.</summary>
    public ChromeRule? Match(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return null;
        foreach (var rule in rules)
            if (rule.Matches(trimmed)) return rule;
        return null;
    }

    /// <summary>Removes the chrome lines of <paramref name="text"/>.</summary>
    public ChromeRemoval Remove(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var removed = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (removed[i] || Match(lines[i]) is not { } rule) continue;
            removed[i] = true;
            if (rule.Block == ChromeBlock.LinkList) RemoveLinkList(lines, removed, i + 1);
            else if (rule.Block == ChromeBlock.Gallery) RemoveGallery(lines, removed, i + 1);
        }

        var kept = new List<string>(lines.Length);
        var removedLines = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (removed[i]) removedLines.Add(lines[i].Trim());
            else kept.Add(lines[i].TrimEnd());
        }
        return new ChromeRemoval(JoinCollapsingBlankLines(kept), removedLines);
    }

    // The link titles under "Related news:" are short lines that run to a blank line or the end. In HTML the heading
    // is often a <p> and the titles a <ul> after it, which the text writer separates by one blank line: skip that.
    void RemoveLinkList(string[] lines, bool[] removed, int from)
    {
        if (from + 1 < lines.Length && lines[from].Trim().Length == 0 && lines[from + 1].Trim().Length > 0) from++;
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > MaxLinkLineLength) return;
            removed[i] = true;
        }
    }

    // A gallery is a run of image file names, each followed by at most one caption line
    // ("2022-12-27-tong-ket- 3" then "Toàn cảnh Hội nghị"). Anything else ends the gallery.
    void RemoveGallery(string[] lines, bool[] removed, int from)
    {
        var afterImage = false;
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var isImage = Match(line) is { Name: "image name" };
            if (isImage) afterImage = true;
            else if (afterImage && line.Length <= MaxCaptionLength && Match(line) is null) afterImage = false;
            else return;
            removed[i] = true;
        }
    }

    static string JoinCollapsingBlankLines(List<string> lines)
    {
        var result = new System.Text.StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                pendingBlank = result.Length > 0;
                continue;
            }
            if (result.Length > 0) result.Append(pendingBlank ? "\n\n" : "\n");
            result.Append(line);
            pendingBlank = false;
        }
        return result.ToString();
    }
}
