using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Where the words of a (folded) Chinese text are: dictionary entries first (longest match wins), the
/// text between them by the word segmenter, or as Han bigrams when there is none. Also the units that
/// regional vocabulary is folded on, so that a replacement never cuts a word the segmenter knows.
/// </summary>
public sealed class ChineseWords(IChineseWordSegmenter? segmenter, ChineseUserDictionary dictionary)
{
    readonly ShortWordBoundaries? shortWords = segmenter is null ? null : new ShortWordBoundaries(segmenter);

    /// <summary>Adds the word spans of <paramref name="text"/> in order.</summary>
    public void Find(ReadOnlySpan<char> text, List<(int Start, int End)> spans)
    {
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

    /// <summary>
    /// The units of <paramref name="text"/> whose regional words may be folded, given its
    /// <paramref name="words"/>: each Han word of two or more characters alone (a word the segmenter
    /// knows is replaced whole or not at all: 多数 | 位于 never yields 数位), and each run of single
    /// characters together (a regional word the segmenter does not know, 数 | 位 | 化, comes out in
    /// pieces). Dictionary entries (names) are never units. Without a segmenter, the Han runs between
    /// dictionary entries.
    /// </summary>
    public List<(int Start, int End)> Units(ReadOnlySpan<char> text, List<(int Start, int End)> words)
    {
        var units = new List<(int Start, int End)>();
        if (segmenter is null) { HanRuns(text, units); return units; }
        int runStart = -1, runEnd = -1;
        void Flush()
        {
            if (runStart >= 0) units.Add((runStart, runEnd));
            runStart = -1;
        }
        for (int k = 0; k < words.Count; k++)
        {
            var (start, end) = words[k];
            var word = text[start..end];
            if (!IsAllHan(word) || dictionary.Contains(word)) { Flush(); continue; }
            if (PhraseOfWords(text, words, k) is var last and > 0)
            {
                Flush();
                units.Add((start, words[last].End));
                k = last;
                continue;
            }
            if (end - start >= 2) { Flush(); units.Add((start, end)); continue; }
            if (runStart >= 0 && runEnd == start) runEnd = end;
            else { Flush(); (runStart, runEnd) = (start, end); }
        }
        Flush();
        return units;
    }

    /// <summary>
    /// The index of the last word of a maintained-list phrase made of several whole words from word
    /// <paramref name="first"/> on (世界 | 阅读 | 日 is Hong Kong's 世界阅读日), or 0 when there is none.
    /// </summary>
    int PhraseOfWords(ReadOnlySpan<char> text, List<(int Start, int End)> words, int first)
    {
        if (!RegionalVariantFilter.Instance.StartsAnEntry(text[words[first].Start])) return 0;
        // Where a phrase may end: at the end of one of the adjacent Han words that follow (not names).
        var ends = new List<(int End, int Word)>();
        int limit = words[first].Start + RegionalVariantFilter.Instance.LongestEntryLength;
        for (int k = first + 1; k < words.Count && words[k].End <= limit && words[k].Start == words[k - 1].End
                                && IsAllHan(text[words[k].Start..words[k].End]) && !dictionary.Contains(text[words[k].Start..words[k].End]); k++)
            ends.Add((words[k].End, k));
        int last = 0;
        bool EndsAWord(int at)
        {
            foreach (var (end, word) in ends)
                if (end == at) { last = word; return true; }
            return false;
        }
        return ends.Count > 0 && RegionalVariantFilter.Instance.LongestEntry(text, words[first].Start, EndsAWord) > 0 ? last : 0;
    }

    void HanRuns(ReadOnlySpan<char> text, List<(int Start, int End)> units)
    {
        int runStart = -1;
        for (int i = 0; i <= text.Length;)
        {
            int match = i < text.Length && TextFolding.IsHan(text[i]) ? dictionary.LongestMatch(text, i) : 0;
            bool han = i < text.Length && TextFolding.IsHan(text[i]) && match == 0;
            if (han) { if (runStart < 0) runStart = i; i++; continue; }
            if (runStart >= 0) units.Add((runStart, i));
            runStart = -1;
            i += Math.Max(match, 1);
        }
    }

    static bool IsAllHan(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!TextFolding.IsHan(c)) return false;
        return !word.IsEmpty;
    }
}
