namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Puts Chinese text in mainland form before it is cut into tokens, the same way at index and at query
/// time: Traditional → Simplified characters (when a transliterator is loaded), then regional vocabulary
/// (<see cref="IRegionalVocabulary"/>: OpenCC, or the maintained table) on whole words, so that 數位化
/// meets 数字化 while 单位 is left alone.
/// </summary>
public sealed class ChineseScriptFolding(TraditionalToSimplifiedFilter? characters, IRegionalVocabulary? vocabulary = null)
{
    // Without a segmenter's words, regional vocabulary is looked for in each run of Han characters.
    static readonly ChineseWords HanRuns = new(null, ChineseUserDictionary.Empty);

    // The words stream and the bigram stream fold the same text one after the other on one thread:
    // the second takes the first's result instead of segmenting the text again.
    [ThreadStatic] static Remembered? last;

    readonly IRegionalVocabulary regional = vocabulary ?? TableRegionalVocabulary.Instance;

    /// <summary>True when Traditional characters are folded (ICU's transliterator was loaded).</summary>
    public bool FoldsCharacters => characters is not null;

    /// <summary>Where regional vocabulary comes from, for the analysis fingerprint.</summary>
    public string Fingerprint => regional.Fingerprint;

    /// <summary><paramref name="text"/> with its Traditional characters folded, character by character (the same length): the first step of <see cref="ToMainland"/>.</summary>
    public string FoldCharacters(string text) => characters?.Apply(text) ?? text;

    /// <summary>See <see cref="IRegionalVocabulary.MayFoldInto"/>.</summary>
    public bool MayFoldInto(string word) => regional.MayFoldInto(word);

    /// <summary><paramref name="text"/> in mainland form, its regional words found among <paramref name="words"/>.</summary>
    public MainlandText ToMainland(ReadOnlySpan<char> text, ChineseWords words)
    {
        if (last is { } l && l.Folding == this && l.Words == words && text.SequenceEqual(l.Original)) return l.Text;
        var folded = text.ToArray();
        characters?.Apply(folded);
        var spans = new List<(int Start, int End)>();
        words.Find(folded, spans);
        var units = words.Units(folded, spans);
        var mainland = new string?[units.Count];
        if (units.Count > 0) regional.ToMainland(text, folded, units, mainland);
        var result = MainlandText.Replaced(folded, units, mainland, spans);
        last = new Remembered(this, words, text.ToString(), result);
        return result;
    }

    /// <summary>A text in mainland form, each run of Han characters taken as one word (for names, labels and tests).</summary>
    public string Fold(string text) => ToMainland(text, HanRuns).ToString();

    sealed record Remembered(ChineseScriptFolding Folding, ChineseWords Words, string Original, MainlandText Text);
}
