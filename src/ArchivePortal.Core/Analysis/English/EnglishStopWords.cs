using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using System.Collections.Frozen;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// English words too common to be worth indexing: the classic Lucene EnglishAnalyzer set.
/// </summary>
/// <remarks>
/// Deliberately small. A longer list would also drop words that carry meaning in titles and names
/// (a search for "The Who" or "Let It Be" should still find something); these 33 are safe to lose.
/// </remarks>
public static class EnglishStopWords
{
    static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
        "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
        "they", "this", "to", "was", "will", "with",
    ]);

    /// <summary>The same words for Lucene's StopFilter (read-only, shared by every analyzer).</summary>
    public static CharArraySet Set { get; } =
        new CharArraySet(LuceneVersion.LUCENE_48, Words, ignoreCase: false).AsReadOnly();

    /// <summary>Whether <paramref name="lowercaseWord"/>, already lowercased, is a stop word.</summary>
    public static bool Contains(string lowercaseWord) => Words.Contains(lowercaseWord);
}
