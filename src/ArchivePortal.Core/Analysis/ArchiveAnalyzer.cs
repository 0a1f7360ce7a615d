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
/// may search any language from any page. Each stream is a Lucene analyzer (<see cref="For"/>);
/// the methods here run them and collect the tokens.
/// </summary>
public sealed class ArchiveAnalyzer
{
    /// <summary>The environment variable that picks the Chinese segmenter when the caller does not.</summary>
    public const string SegmenterVariable = "Archive__Analysis__ChineseSegmenter";

    /// <summary>The segmenter used when neither the caller nor the environment picks one.</summary>
    public const string DefaultSegmenter = IcuChineseSegmenter.Key;

    readonly ChineseAnalyzer chinese;
    readonly EnglishAnalyzer english = new();
    readonly VietnameseAnalyzer vietnameseExact = new(folded: false);
    readonly VietnameseAnalyzer vietnameseFolded = new(folded: true);

    public ArchiveAnalyzer(ChineseAnalyzer chinese) => this.chinese = chinese;

    /// <summary>False when no segmenter could be loaded and Chinese words are bigrams.</summary>
    public bool HasChineseSegmenter => chinese.HasSegmenter;

    public ChineseAnalyzer Chinese => chinese;

    /// <summary>
    /// Identifies the tokens this analyzer produces: the analysis version, and what the Chinese chain
    /// loaded (segmenter, folding, dictionary). An index built with another fingerprint must be re-indexed.
    /// </summary>
    public string Fingerprint => $"{AnalysisVersion.Current}/{chinese.Fingerprint}/{English.AgentNounFilter.Fingerprint}/x{Authorities.ExtractionVersion.Current}";

    /// <summary>The Lucene analyzer of one stream, for the fields of that stream.</summary>
    public Lucene.Net.Analysis.Analyzer For(TextStream stream) => stream switch
    {
        TextStream.ChineseWords => chinese.WordAnalyzer,
        TextStream.ChineseBigrams => chinese.BigramAnalyzer,
        TextStream.English => english,
        TextStream.VietnameseExact => vietnameseExact,
        TextStream.VietnameseFolded => vietnameseFolded,
        _ => throw new ArgumentOutOfRangeException(nameof(stream)),
    };

    /// <summary>
    /// An analyzer with a Chinese word segmenter and T→S folding when they load; otherwise a
    /// bigram-only Chinese chain (or one without folding), reported once through <paramref name="log"/>.
    /// </summary>
    /// <param name="dictionary">Words the Chinese tokenizer keeps whole (authority names).</param>
    /// <param name="log">Told once when ICU cannot be loaded.</param>
    /// <param name="folding">A Traditional→Simplified filter to share (its character cache) with other users; made here when null.</param>
    /// <param name="chineseSegmenter">"icu" or "smartcn"; when null, the <see cref="SegmenterVariable"/> environment variable, else <see cref="DefaultSegmenter"/>.</param>
    /// <param name="regional">Regional vocabulary; when null, OpenCC's when it loads, else the maintained table (logged once).</param>
    public static ArchiveAnalyzer CreateDefault(ChineseUserDictionary? dictionary = null, Action<string>? log = null,
        TraditionalToSimplifiedFilter? folding = null, string? chineseSegmenter = null, IRegionalVocabulary? regional = null)
    {
        var choice = SegmenterChoice(chineseSegmenter);
        if (folding is null && IcuTransliterator.TryCreate("Traditional-Simplified") is { } transliterator)
            folding = new TraditionalToSimplifiedFilter(transliterator.Transliterate);
        IChineseWordSegmenter? segmenter = choice == SmartCnChineseSegmenter.Key
            ? new SmartCnChineseSegmenter()
            : IcuWordBreaker.TryCreate("zh") is { } breaker ? new IcuChineseSegmenter(breaker) : null;
        if (segmenter is null || folding is null)
            LogOnce(log, $"ICU unavailable ({IcuLibrary.UnavailableReason ?? "no transliterator"}): Chinese is searched "
                + (segmenter is null ? "by bigrams only, " : "") + "without Traditional→Simplified folding.");
        regional ??= folding is null ? null : RegionalVocabularies.Default(log);
        return new ArchiveAnalyzer(new ChineseAnalyzer(segmenter, folding, dictionary, regional));
    }

    /// <summary>An analyzer that never uses ICU: the fallback path, for tests and invariant-globalization hosts.</summary>
    public static ArchiveAnalyzer CreateWithoutIcu(ChineseUserDictionary? dictionary = null) =>
        new(new ChineseAnalyzer(null, null, dictionary));

    static string SegmenterChoice(string? given)
    {
        var value = given ?? Environment.GetEnvironmentVariable(SegmenterVariable);
        if (string.IsNullOrWhiteSpace(value)) return DefaultSegmenter;
        value = value.Trim().ToLowerInvariant();
        return value is IcuChineseSegmenter.Key or SmartCnChineseSegmenter.Key
            ? value
            : throw new ArgumentException(
                $"Unknown Chinese segmenter \"{value}\" ({(given is null ? SegmenterVariable : "chineseSegmenter")}): use \"icu\" or \"smartcn\".",
                "chineseSegmenter");
    }

    static int logged;

    static void LogOnce(Action<string>? log, string message)
    {
        if (log is not null && Interlocked.Exchange(ref logged, 1) == 0) log(message);
    }

    /// <summary>The streams of one field of a record in <paramref name="language"/>.</summary>
    public Dictionary<TextStream, List<Token>> AnalyzeRecordText(string language, string text) => AnalyzeRecordText(language, text, null);

    /// <summary>The streams of one field of a record, only those in <paramref name="only"/> (all when null).</summary>
    public Dictionary<TextStream, List<Token>> AnalyzeRecordText(string language, string text, IReadOnlySet<TextStream>? only)
    {
        var streams = new Dictionary<TextStream, List<Token>>();
        foreach (var stream in RecordStreams(language, text))
        {
            if (only is not null && !only.Contains(stream)) continue;
            using var tokens = RecordTokenStream(stream, language, "text", text);
            streams[stream] = TokenCollector.Collect(tokens);
        }
        return streams;
    }

    /// <summary>
    /// The streams a record's text in <paramref name="language"/> goes to: its language's, and the
    /// Chinese streams for any Han text inside a record in another language.
    /// </summary>
    public IEnumerable<TextStream> RecordStreams(string language, string text)
    {
        if (LanguageCodes.IsChinese(language) || text.AsSpan().IndexOfAnyInRange('\u3400', '\u9FFF') >= 0)
        {
            yield return TextStream.ChineseWords;
            yield return TextStream.ChineseBigrams;
        }
        if (language == LanguageCodes.English) yield return TextStream.English;
        if (language == LanguageCodes.Vietnamese)
        {
            yield return TextStream.VietnameseExact;
            yield return TextStream.VietnameseFolded;
        }
    }

    /// <summary>
    /// The tokens of one of <see cref="RecordStreams"/> of a record's text, as a Lucene token stream
    /// for the index to consume. The stream's analyzer reuses its chain on each thread: consume one
    /// such stream (and dispose it) before asking for the next.
    /// </summary>
    public Lucene.Net.Analysis.TokenStream RecordTokenStream(TextStream stream, string language, string field, string text)
    {
        // Latin inside a Chinese record goes to the Chinese words stream; in other records the
        // Latin text is already in its own language's streams.
        bool hanOnly = stream is TextStream.ChineseWords or TextStream.ChineseBigrams && !LanguageCodes.IsChinese(language);
        return new RecordTokenFilter(For(stream).GetTokenStream(field, text), hanOnly ? TextFolding.IsHan : null);
    }

    /// <summary>The tokens of a query word or phrase in one stream.</summary>
    public List<Token> AnalyzeQueryText(TextStream stream, string text) => TokenCollector.Collect(For(stream), text);
}
