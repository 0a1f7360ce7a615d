using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese words: script folding, then dictionary entries first (longest match wins) and the text
/// between them by the word segmenter. Without a segmenter, Han runs become bigrams so that Chinese
/// search still works, less precisely. Latin words and numbers inside Chinese text come out as words too.
/// </summary>
public sealed class ChineseWordTokenizer(TextReader reader, ChineseScriptFolding folding,
    IChineseWordSegmenter? segmenter, ChineseUserDictionary dictionary) : SpanListTokenizer(reader)
{
    readonly ShortWordBoundaries? shortWords = segmenter is null ? null : new ShortWordBoundaries(segmenter);

    protected override void FindSpans(Span<char> text, List<(int Start, int End)> spans)
    {
        folding.Fold(text);
        int gapStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            int match = TextFolding.IsHan(text[i]) ? dictionary.LongestMatch(text, i) : 0;
            // An abbreviation is kept whole only where it is a word: 国图 is not inside 全国图书馆.
            if (match == ShortWordBoundaries.ShortLength && shortWords?.StandsAlone(text, i, match) == false) match = 0;
            if (match == 0) { i++; continue; }
            SegmentGap(text, gapStart, i, spans);
            spans.Add((i, i + match));
            i += match;
            gapStart = i;
        }
        SegmentGap(text, gapStart, text.Length, spans);
    }

    void SegmentGap(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> spans)
    {
        if (end <= start) return;
        if (segmenter is null) HanBigrams.Find(text[start..end], start, spans);
        else segmenter.Segment(text[start..end], start, spans);
    }
}
