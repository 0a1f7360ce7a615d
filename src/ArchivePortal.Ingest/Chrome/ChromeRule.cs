using System.Text.RegularExpressions;

namespace ArchivePortal.Ingest.Chrome;

/// <summary>What a rule removes besides the line it matches.</summary>
public enum ChromeBlock
{
    /// <summary>Only the matching line.</summary>
    Line,
    /// <summary>The heading of a link list: the short lines after it, up to a blank line or the end.</summary>
    LinkList,
    /// <summary>The heading of a photo gallery: the image file names after it, each with its one caption line.</summary>
    Gallery,
}

/// <summary>
/// One kind of page chrome: a pattern matched against a whole trimmed line, and the longest line
/// it may remove. The length cap is what keeps a rule from eating an article sentence that happens
/// to start like chrome.
/// </summary>
public sealed record ChromeRule(string Name, Regex Pattern, int MaxLength = 200, ChromeBlock Block = ChromeBlock.Line)
{
    /// <summary>True when <paramref name="line"/> (already trimmed) is this kind of chrome.</summary>
    public bool Matches(string line) => line.Length <= MaxLength && Pattern.IsMatch(line);
}
