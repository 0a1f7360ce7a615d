using ArchivePortal.Core.Analysis.Chinese;
using ArchivePortal.Core.Analysis.Common;
using ArchivePortal.Core.Analysis.English;
using ArchivePortal.Core.Analysis.Icu;
using ArchivePortal.Core.Analysis.Vietnamese;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Analysis;

/// <summary>
/// The multilingual analysis: which streams a record's text goes to, and every stream of a query.
/// A record's text goes to the streams of its language (plus the Chinese streams for any Han text
/// inside a record in another language); a query is analyzed with every chain, since a visitor
/// may search any language from any page.
/// </summary>
public sealed class ArchiveAnalyzer
{
    readonly ChineseAnalyzer chinese;

    public ArchiveAnalyzer(ChineseAnalyzer chinese) => this.chinese = chinese;

    /// <summary>False when ICU is missing and Chinese words are bigrams.</summary>
    public bool HasChineseSegmenter => chinese.HasSegmenter;

    public ChineseAnalyzer Chinese => chinese;

    /// <summary>
    /// Identifies the tokens this analyzer produces: the analysis version, and what the Chinese chain
    /// loaded. An index built with another fingerprint must be re-indexed.
    /// </summary>
    public string Fingerprint => $"{AnalysisVersion.Current}/{chinese.Fingerprint}";

    /// <summary>
    /// An analyzer with ICU word break and T→S folding when the system ICU loads; otherwise a
    /// bigram-only Chinese chain, reported once through <paramref name="log"/>.
    /// </summary>
    /// <param name="dictionary">Words the Chinese tokenizer keeps whole (authority names).</param>
    /// <param name="log">Told once when ICU cannot be loaded.</param>
    /// <param name="folding">A Traditional→Simplified filter to share (its character cache) with other users; made here when null.</param>
    public static ArchiveAnalyzer CreateDefault(ChineseUserDictionary? dictionary = null, Action<string>? log = null,
        TraditionalToSimplifiedFilter? folding = null)
    {
        var breaker = IcuWordBreaker.TryCreate("zh");
        if (folding is null && IcuTransliterator.TryCreate("Traditional-Simplified") is { } transliterator)
            folding = new TraditionalToSimplifiedFilter(transliterator.Transliterate);
        if (breaker is null || folding is null)
            LogOnce(log, $"ICU unavailable ({IcuLibrary.UnavailableReason ?? "no transliterator"}): Chinese is searched by bigrams only, without Traditional→Simplified folding.");
        var segmenter = breaker is null ? null : new IcuChineseSegmenter(breaker);
        return new ArchiveAnalyzer(new ChineseAnalyzer(segmenter, folding, dictionary));
    }

    /// <summary>An analyzer that never uses ICU: the fallback path, for tests and invariant-globalization hosts.</summary>
    public static ArchiveAnalyzer CreateWithoutIcu(ChineseUserDictionary? dictionary = null) =>
        new(new ChineseAnalyzer(null, null, dictionary));

    static int logged;

    static void LogOnce(Action<string>? log, string message)
    {
        if (log is not null && Interlocked.Exchange(ref logged, 1) == 0) log(message);
    }

    /// <summary>The streams of one field of a record in <paramref name="language"/>.</summary>
    public Dictionary<TextStream, List<Token>> AnalyzeRecordText(string language, string text)
    {
        var streams = new Dictionary<TextStream, List<Token>>();
        bool hasHan = text.AsSpan().IndexOfAnyInRange('\u3400', '\u9FFF') >= 0;
        if (LanguageCodes.IsChinese(language) || hasHan)
        {
            // Latin inside a Chinese record goes to the Chinese words stream; in other records
            // the Latin text is already in its own language's streams.
            var (words, bigrams) = chinese.Analyze(text);
            if (!LanguageCodes.IsChinese(language))
            {
                words = words.Where(t => TextFolding.IsHan(t.Text[0]));
                bigrams = bigrams.Where(t => TextFolding.IsHan(t.Text[0]));
            }
            streams[TextStream.ChineseWords] = words.ToList();
            streams[TextStream.ChineseBigrams] = bigrams.ToList();
        }
        if (language == LanguageCodes.English)
            streams[TextStream.English] = EnglishAnalyzer.Chain.Analyze(text).ToList();
        if (language == LanguageCodes.Vietnamese)
        {
            streams[TextStream.VietnameseExact] = VietnameseAnalyzer.Exact.Analyze(text).ToList();
            streams[TextStream.VietnameseFolded] = VietnameseAnalyzer.Folded.Analyze(text).ToList();
        }
        return streams;
    }

    /// <summary>The tokens of a query word or phrase in one stream.</summary>
    public List<Token> AnalyzeQueryText(TextStream stream, string text) => stream switch
    {
        TextStream.ChineseWords => chinese.Words(text).ToList(),
        TextStream.ChineseBigrams => chinese.Bigrams(text).ToList(),
        TextStream.English => EnglishAnalyzer.Chain.Analyze(text).ToList(),
        TextStream.VietnameseExact => VietnameseAnalyzer.Exact.Analyze(text).ToList(),
        TextStream.VietnameseFolded => VietnameseAnalyzer.Folded.Analyze(text).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(stream)),
    };
}
