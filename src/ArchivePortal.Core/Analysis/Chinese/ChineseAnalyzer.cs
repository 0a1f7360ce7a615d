using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese (Simplified and Traditional): T→S folding, then two streams, each a Lucene analyzer.
/// Words: dictionary entries kept whole, the segmenter (ICU or SmartCn) between them, Latin
/// lowercased and folded. Bigrams: overlapping Han bigrams for a lower-weighted column; they also
/// carry search alone when no segmenter can be loaded.
/// </summary>
public sealed class ChineseAnalyzer : IDisposable
{
    readonly ChineseScriptFolding folding;

    public ChineseAnalyzer(IChineseWordSegmenter? segmenter, TraditionalToSimplifiedFilter? scriptFolding, ChineseUserDictionary? dictionary = null)
    {
        dictionary ??= ChineseUserDictionary.Empty;
        folding = new ChineseScriptFolding(scriptFolding);
        HasSegmenter = segmenter is not null;
        Fingerprint = $"{segmenter?.Name ?? "bigram"}-{(scriptFolding is null ? "nofold" : "t2s")}-{dictionary.Fingerprint}-{RegionalVariantFilter.Fingerprint}";
        WordAnalyzer = new ChineseWordAnalyzer(folding, segmenter, dictionary);
        BigramAnalyzer = new ChineseBigramAnalyzer(folding);
    }

    /// <summary>What decides the tokens: segmenter, folding and dictionary.</summary>
    public string Fingerprint { get; }

    /// <summary>False when words are bigrams because no word segmenter could be loaded.</summary>
    public bool HasSegmenter { get; }

    /// <summary>The Lucene analyzer of the words stream.</summary>
    public ChineseWordAnalyzer WordAnalyzer { get; }

    /// <summary>The Lucene analyzer of the bigram stream.</summary>
    public ChineseBigramAnalyzer BigramAnalyzer { get; }

    /// <summary>Text with Traditional characters folded to Simplified (same length).</summary>
    public string Fold(string text) => folding.Fold(text);

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
