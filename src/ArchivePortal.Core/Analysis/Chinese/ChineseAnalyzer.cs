using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese (Simplified and Traditional): mainland form (T→S folding and regional vocabulary on whole
/// words), then two streams, each a Lucene analyzer.
/// Words: dictionary entries kept whole, the segmenter (ICU or SmartCn) between them, Latin
/// lowercased and folded. Bigrams: overlapping Han bigrams for a lower-weighted column; they also
/// carry search alone when no segmenter can be loaded.
/// </summary>
public sealed class ChineseAnalyzer : IDisposable
{
    readonly ChineseScriptFolding folding;
    readonly ChineseWords words;

    /// <param name="segmenter">The word segmenter; Han bigrams stand for words when null.</param>
    /// <param name="scriptFolding">Traditional → Simplified characters; none when null.</param>
    /// <param name="dictionary">Words kept whole (authority names).</param>
    /// <param name="regional">Where regional vocabulary comes from (OpenCC); the maintained table when null.</param>
    public ChineseAnalyzer(IChineseWordSegmenter? segmenter, TraditionalToSimplifiedFilter? scriptFolding, ChineseUserDictionary? dictionary = null,
        IRegionalVocabulary? regional = null)
    {
        dictionary ??= ChineseUserDictionary.Empty;
        folding = new ChineseScriptFolding(scriptFolding, regional);
        words = new ChineseWords(segmenter, dictionary);
        HasSegmenter = segmenter is not null;
        Fingerprint = $"{segmenter?.Name ?? "bigram"}-{(scriptFolding is null ? "nofold" : "t2s")}-{dictionary.Fingerprint}-{folding.Fingerprint}";
        // Both streams share the words, so the second stream of a text reuses the first one's folding.
        WordAnalyzer = new ChineseWordAnalyzer(folding, words);
        BigramAnalyzer = new ChineseBigramAnalyzer(folding, words);
    }

    /// <summary>What decides the tokens: segmenter, folding and dictionary.</summary>
    public string Fingerprint { get; }

    /// <summary>False when words are bigrams because no word segmenter could be loaded.</summary>
    public bool HasSegmenter { get; }

    /// <summary>The Lucene analyzer of the words stream.</summary>
    public ChineseWordAnalyzer WordAnalyzer { get; }

    /// <summary>The Lucene analyzer of the bigram stream.</summary>
    public ChineseBigramAnalyzer BigramAnalyzer { get; }

    /// <summary>Text in mainland form, as the tokens see it: Traditional characters folded, regional words replaced (the length may change).</summary>
    public string Fold(string text) => folding.ToMainland(text, words).ToString();

    /// <summary>
    /// <paramref name="text"/> with its Traditional characters folded to Simplified, character by
    /// character (the same length): the first step of <see cref="Fold"/>, without segmenting.
    /// </summary>
    public string FoldCharacters(string text) => folding.FoldCharacters(text);

    /// <summary>False when the maintained table folds no word into <paramref name="word"/> (<see cref="IRegionalVocabulary.MayFoldInto"/>).</summary>
    public bool MayFoldInto(string word) => folding.MayFoldInto(word);

    public IEnumerable<Token> Words(string text) => TokenCollector.Collect(WordAnalyzer, text);

    public IEnumerable<Token> Bigrams(string text) => TokenCollector.Collect(BigramAnalyzer, text);

    /// <summary>Both streams of one text (index time analyzes every record this way).</summary>
    public (IEnumerable<Token> Words, IEnumerable<Token> Bigrams) Analyze(string text) => (Words(text), Bigrams(text));

    public void Dispose()
    {
        WordAnalyzer.Dispose();
        BigramAnalyzer.Dispose();
    }
}
