using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese (Simplified and Traditional): T→S folding, then two streams. Words: dictionary entries
/// kept whole, ICU word break, Latin lowercased and folded. Bigrams: overlapping Han bigrams for
/// a lower-weighted column; they also carry search alone when ICU cannot be loaded.
/// </summary>
public sealed class ChineseAnalyzer
{
    readonly ICharFilter? scriptFolding;
    readonly AnalysisChain words;
    readonly AnalysisChain bigrams;

    public ChineseAnalyzer(IChineseWordSegmenter? segmenter, ICharFilter? scriptFolding, ChineseUserDictionary? dictionary = null)
    {
        this.scriptFolding = scriptFolding;
        HasSegmenter = segmenter is not null;
        Fingerprint = $"{(segmenter is null ? "bigram" : "icu")}-{(scriptFolding is null ? "nofold" : "t2s")}-{(dictionary ?? ChineseUserDictionary.Empty).Fingerprint}-{RegionalVariantFilter.Fingerprint}";
        words = new AnalysisChain(
            new ChineseWordTokenizer(segmenter, dictionary ?? ChineseUserDictionary.Empty),
            LowercaseFilter.Instance, DiacriticFoldingFilter.Instance, MaxLengthFilter.Default);
        bigrams = new AnalysisChain(
            HanBigramTokenizer.Instance,
            LowercaseFilter.Instance, DiacriticFoldingFilter.Instance, MaxLengthFilter.Default);
    }

    /// <summary>What decides the tokens: segmenter, folding and dictionary.</summary>
    public string Fingerprint { get; }

    /// <summary>False when words are bigrams because no word segmenter could be loaded.</summary>
    public bool HasSegmenter { get; }

    /// <summary>Text with Traditional characters folded to Simplified (same length).</summary>
    public string Fold(string text) => RegionalVariantFilter.Instance.Apply(scriptFolding?.Apply(text) ?? text);

    public IEnumerable<Token> Words(string text) => words.Analyze(Fold(text));

    public IEnumerable<Token> Bigrams(string text) => bigrams.Analyze(Fold(text));

    /// <summary>Both streams of one text, folded once (index time analyzes every record this way).</summary>
    public (IEnumerable<Token> Words, IEnumerable<Token> Bigrams) Analyze(string text)
    {
        var folded = Fold(text);
        return (words.Analyze(folded), bigrams.Analyze(folded));
    }
}
