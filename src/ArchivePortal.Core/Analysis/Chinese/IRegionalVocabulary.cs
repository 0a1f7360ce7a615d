namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Folds Taiwan and Hong Kong vocabulary to the mainland word, one word at a time, so that 數位化
/// (Taiwan) and 数字化 meet. Character folding alone turns 數位化 into 数位化, which no mainland text
/// contains. Safe for many threads at once.
/// </summary>
public interface IRegionalVocabulary
{
    /// <summary>Part of the analysis fingerprint: what decides the words (OpenCC or the table, and their entries).</summary>
    string Fingerprint { get; }

    /// <summary>
    /// For each unit (a word, or a run of characters the segmenter found no word in) of the text, its
    /// mainland form in Simplified script, or null when that is its folded text.
    /// </summary>
    /// <param name="original">The text as written.</param>
    /// <param name="folded">The same text with Traditional characters folded to Simplified, of equal length.</param>
    /// <param name="units">The spans to fold, in order, not overlapping.</param>
    /// <param name="mainland">Filled with one result per unit.</param>
    void ToMainland(ReadOnlySpan<char> original, ReadOnlySpan<char> folded, IReadOnlyList<(int Start, int End)> units, string?[] mainland);

    /// <summary>
    /// False when no word of the maintained table folds into text with <paramref name="word"/> (a
    /// mainland word, Simplified): then, but for OpenCC's own phrases, a text has the word only
    /// where it has the word's characters.
    /// </summary>
    bool MayFoldInto(string word);
}

/// <summary>The maintained table alone: the path without OpenCC.</summary>
public sealed class TableRegionalVocabulary : IRegionalVocabulary
{
    public static readonly TableRegionalVocabulary Instance = new();

    public string Fingerprint => RegionalVariantFilter.Fingerprint;

    public void ToMainland(ReadOnlySpan<char> original, ReadOnlySpan<char> folded, IReadOnlyList<(int Start, int End)> units, string?[] mainland)
    {
        for (int i = 0; i < units.Count; i++)
            mainland[i] = RegionalVariantFilter.Instance.Apply(folded[units[i].Start..units[i].End]);
    }

    public bool MayFoldInto(string word) => RegionalVariantFilter.MayFoldInto(word);
}
