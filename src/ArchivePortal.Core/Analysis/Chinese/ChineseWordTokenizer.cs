using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese words: dictionary entries first (longest match wins), the text between them by the
/// word segmenter (ICU). Without a segmenter, Han runs become bigrams so that Chinese search still
/// works, less precisely. Latin words and numbers inside Chinese text come out as words too.
/// </summary>
public sealed class ChineseWordTokenizer(IChineseWordSegmenter? segmenter, ChineseUserDictionary dictionary) : ITokenizer
{
    public IEnumerable<Token> Tokenize(string text)
    {
        int gapStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            int match = TextFolding.IsHan(text[i]) ? dictionary.LongestMatch(text, i, text.Length) : 0;
            if (match == 0) { i++; continue; }
            foreach (var t in SegmentGap(text, gapStart, i)) yield return t;
            yield return new Token(text.Substring(i, match), i, i + match);
            i += match;
            gapStart = i;
        }
        foreach (var t in SegmentGap(text, gapStart, text.Length)) yield return t;
    }

    IEnumerable<Token> SegmentGap(string text, int start, int end)
    {
        if (end <= start) return [];
        var gap = text[start..end];
        var tokens = segmenter is null
            ? HanBigramTokenizer.Instance.Tokenize(gap)
            : segmenter.Segment(gap).Select(s => new Token(gap[s.Start..s.End], s.Start, s.End));
        return tokens.Select(t => new Token(t.Text, t.Start + start, t.End + start));
    }
}
