namespace ArchivePortal.Core.Analysis;

/// <summary>
/// One analyzed term and the span of the original text it came from.
/// Offsets are UTF-16 indexes into the text given to the analyzer (end exclusive), so that
/// highlighting can mark exactly the characters that matched.
/// </summary>
public readonly record struct Token(string Text, int Start, int End)
{
    /// <summary>
    /// Positions from the previous token, as Lucene counts them: 1 for the next word, 0 for a token
    /// at the same position (a Vietnamese syllable pair sits on its first syllable), more than 1
    /// after a dropped token (an English stop word, a word too long to index).
    /// </summary>
    public int PositionIncrement { get; init; } = 1;

    /// <summary>A copy of this token with other text and the same offsets.</summary>
    public Token WithText(string text) => this with { Text = text };
}
