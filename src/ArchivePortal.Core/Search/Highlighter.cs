using System.Net;
using System.Text;
using ArchivePortal.Core.Analysis;

namespace ArchivePortal.Core.Search;

/// <summary>
/// Marks the words of a text that a query matched, and picks the passage with the most
/// different matched words as a snippet. It re-analyzes the text with the record's chains,
/// so a match is whatever the index matched (stems, folded diacritics, Chinese words and
/// bigrams), and the offsets make the marks exact. Output is HTML-escaped text with &lt;mark&gt;.
/// </summary>
public sealed class Highlighter(ArchiveAnalyzer analyzer)
{
    /// <summary>Beyond this many characters, a body is not scanned for the snippet (the lead is used).</summary>
    const int MaxScannedLength = 200_000;

    /// <summary>The whole text, escaped, with every match marked (for titles).</summary>
    public string MarkAll(string text, string language, QueryTerms terms)
    {
        var spans = FindMatches(text, language, terms);
        return Render(text, 0, text.Length, spans, ellipsisBefore: false, ellipsisAfter: false);
    }

    /// <summary>
    /// The best passage of at most about <paramref name="length"/> columns (<see cref="DisplayWidth"/>:
    /// a Chinese character takes two, so a snippet fills about as many lines in every language), escaped and marked:
    /// whole sentences from the one with the most different matched words (the first such), as many
    /// as fit; a window of it around its matches when that sentence alone is longer. Sentences are
    /// analyzed in order and the scan stops at one that has every word of the query, an authority's
    /// by any of its names: a frequent word's snippet costs the analysis of its first sentence, not
    /// of the whole body. (Waiting for a sentence with every name of an authority, which none has,
    /// analyzed every body of an "nlc" page whole: 6.5 ms a page of ten on the bench.)
    /// </summary>
    public string Snippet(string text, string language, QueryTerms terms, int length)
    {
        text = Flatten(text);
        if (DisplayWidth.Of(text) <= length) return MarkAll(text, language, terms);
        var scanned = text.Length > MaxScannedLength ? text[..MaxScannedLength] : text;
        var sentences = Sentences.Of(scanned);
        var streams = HighlightedStreams(terms);

        int best = 0, bestScore = 0;
        List<MatchSpan> bestSpans = [];
        var bound = SentenceBound.For(analyzer, language, terms, streams, scanned);
        for (int i = 0; i < sentences.Count && !terms.IsEmpty; i++)
        {
            // A sentence that cannot score above the best so far is not analyzed at all.
            if (bound is not null && bound.HighestScore(sentences[i]) <= bestScore) continue;
            var (spans, distinct, words, possible) = FindMatches(scanned, sentences[i], language, terms, streams);
            int score = distinct * 1000 + spans.Count;
            if (score <= bestScore) continue;
            (best, bestScore, bestSpans) = (i, score, spans);
            if (words >= possible) break;
        }

        var (start, end) = sentences.Count == 0 ? (0, scanned.Length) : sentences[best];
        if (DisplayWidth.Of(scanned, start, end) > length)
        {
            var (ws, we) = BestWindow(scanned[start..end], bestSpans.Select(m => m with { Start = m.Start - start, End = m.End - start }).ToList(), length);
            return Render(text, start + ws, start + we, bestSpans, start + ws > 0, start + we < text.Length);
        }
        // Whole sentences that follow, while they fit.
        var marks = new List<MatchSpan>(bestSpans);
        for (int next = best + 1; next < sentences.Count && DisplayWidth.Of(scanned, start, sentences[next].End) <= length; next++)
        {
            end = sentences[next].End;
            if (bestScore > 0) marks.AddRange(FindMatches(scanned, sentences[next], language, terms, streams).Spans);
        }
        return Render(text, start, end, marks, start > 0, end < text.Length);
    }

    List<MatchSpan> FindMatches(string text, string language, QueryTerms terms) =>
        FindMatches(text, (0, text.Length), language, terms, HighlightedStreams(terms)).Spans;

    /// <summary>
    /// The marks of a part of <paramref name="text"/> (offsets in the whole text), how many
    /// different terms of the query (per stream) it has, how many of the query's words it has, and
    /// how many it could have: the words with terms in the streams the record's language analyzes.
    /// </summary>
    (List<MatchSpan> Spans, int Distinct, int Words, int Possible) FindMatches(string text, (int Start, int End) part, string language, QueryTerms terms, IReadOnlySet<TextStream> streams)
    {
        var spans = new List<MatchSpan>();
        if (terms.IsEmpty) return (spans, 0, 0, 0);
        var found = new HashSet<(TextStream, string)>();
        var words = new HashSet<int>();
        var piece = part.Start == 0 && part.End == text.Length ? text : text[part.Start..part.End];
        var analyzed = analyzer.AnalyzeRecordText(language, piece, streams);
        foreach (var (stream, tokens) in analyzed)
        {
            foreach (var t in tokens)
            {
                int word = terms.WordOf(stream, t.Text);
                if (word < 0) continue;
                spans.Add(new MatchSpan(part.Start + t.Start, part.Start + t.End, t.Text));
                found.Add((stream, t.Text));
                words.Add(word);
            }
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return (Merge(spans), found.Count, words.Count, terms.WordsIn(analyzed.Keys));
    }

    /// <summary>
    /// The streams worth analyzing for marks: those the query has terms in. Chinese is marked on
    /// whole words when a segmenter made them: a bigram would mark 国图 across 全国图书馆界. Bigrams
    /// mark only when they are all there is (no segmenter).
    /// </summary>
    IReadOnlySet<TextStream> HighlightedStreams(QueryTerms terms)
    {
        var streams = new HashSet<TextStream>(terms.Streams);
        if (analyzer.HasChineseSegmenter) streams.Remove(TextStream.ChineseBigrams);
        return streams;
    }

    /// <summary>Joins overlapping spans (Chinese bigrams overlap each other and the words).</summary>
    static List<MatchSpan> Merge(List<MatchSpan> spans)
    {
        var merged = new List<MatchSpan>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, s.End) };
            }
            else merged.Add(s);
        }
        return merged;
    }

    static (int Start, int End) BestWindow(string text, List<MatchSpan> spans, int length)
    {
        if (spans.Count == 0) return (0, CutAtWord(text, DisplayWidth.Advance(text, 0, length)));
        int bestStart = 0, bestScore = -1;
        for (int i = 0; i < spans.Count; i++)
        {
            // Start a little before the match, so the reader sees what leads to it.
            int start = DisplayWidth.Back(text, spans[i].Start, length / 6);
            int end = DisplayWidth.Advance(text, start, length);
            var distinct = new HashSet<string>();
            int count = 0;
            for (int j = i; j < spans.Count && spans[j].End <= end; j++) { distinct.Add(spans[j].Term); count++; }
            int score = distinct.Count * 1000 + count;
            if (score > bestScore) { bestScore = score; bestStart = start; }
        }
        bestStart = StartAtWord(text, bestStart);
        int bestEnd = CutAtWord(text, DisplayWidth.Advance(text, bestStart, length));
        return (bestStart, bestEnd);
    }

    /// <summary>In alphabetic text, moves a cut forward to the next word start; Chinese can be cut anywhere.</summary>
    static int StartAtWord(string text, int start)
    {
        if (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || IsCjk(text[start])) return start;
        int i = start;
        while (i < text.Length && i < start + 20 && !char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && i < start + 20 ? i + 1 : start;
    }

    static int CutAtWord(string text, int end)
    {
        if (end <= 0 || end >= text.Length || IsCjk(text[end - 1])) return end;
        int i = end;
        while (i > end - 20 && i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i > end - 20 && i > 0 ? i - 1 : end;
    }

    static bool IsCjk(char c) => c >= '\u2E80';

    static string Render(string text, int start, int end, List<MatchSpan> spans, bool ellipsisBefore, bool ellipsisAfter)
    {
        var sb = new StringBuilder();
        if (ellipsisBefore) sb.Append('…');
        int at = start;
        foreach (var s in spans)
        {
            if (s.End <= start || s.Start >= end) continue;
            int ms = Math.Max(s.Start, start), me = Math.Min(s.End, end);
            sb.Append(WebUtility.HtmlEncode(text[at..ms]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[ms..me])).Append("</mark>");
            at = me;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..end]));
        if (ellipsisAfter) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>
    /// Snippets are one paragraph: line breaks and runs of spaces become single spaces, and none
    /// between Chinese characters or punctuation (Chinese puts no space between sentences:
    /// 会议。 会议 read as a gap).
    /// </summary>
    static string Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = sb.Length > 0; continue; }
            if (space && !(IsCjk(sb[^1]) && IsCjk(c))) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    readonly record struct MatchSpan(int Start, int End, string Term);
}

/// <summary>
/// The analyzed terms a query looks for, per stream; used to mark matches. Each term stands for a
/// word of the query: its own, or, for the names of an authority the visitor named (nlc, National
/// Library of China, 国家图书馆), one word for all of them.
/// </summary>
public sealed class QueryTerms
{
    readonly Dictionary<TextStream, Dictionary<string, int>> terms = [];
    int words;

    public bool IsEmpty => terms.Count == 0;

    /// <summary>The streams that have terms.</summary>
    public IEnumerable<TextStream> Streams => terms.Keys;

    /// <summary>Adds a term, a word of the query of its own unless <see cref="JoinSince"/> makes it part of one.</summary>
    public void Add(TextStream stream, string term)
    {
        if (!terms.TryGetValue(stream, out var set)) terms[stream] = set = new Dictionary<string, int>(StringComparer.Ordinal);
        if (set.TryAdd(term, words)) words++;
    }

    /// <summary>Where the terms added from now on begin, for <see cref="JoinSince"/>.</summary>
    public int Mark() => words;

    /// <summary>The terms added since <paramref name="mark"/> stand for one word of the query: a passage with any of them has it.</summary>
    public void JoinSince(int mark)
    {
        if (words <= mark) return;
        foreach (var set in terms.Values)
            foreach (var (term, word) in set)
                if (word >= mark) set[term] = mark;
        words = mark + 1;
    }

    public bool Contains(TextStream stream, string term) => terms.TryGetValue(stream, out var set) && set.ContainsKey(term);

    /// <summary>The terms of one stream.</summary>
    public IEnumerable<string> In(TextStream stream) => terms.TryGetValue(stream, out var set) ? set.Keys : [];

    /// <summary>The word of the query <paramref name="term"/> stands for; -1 when it is not a term of the query.</summary>
    public int WordOf(TextStream stream, string term) =>
        terms.TryGetValue(stream, out var set) && set.TryGetValue(term, out var word) ? word : -1;

    /// <summary>How many words of the query have terms in the given streams.</summary>
    public int WordsIn(IEnumerable<TextStream> streams) =>
        streams.SelectMany(s => terms.TryGetValue(s, out var set) ? set.Values : Enumerable.Empty<int>()).Distinct().Count();
}
