using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Whether a name of two characters found inside a run of Han characters stands there as a word.
/// Two characters are mostly an abbreviation (国图, 上图), and two characters recur inside other
/// words: 全国图书馆 is 全国|图书馆, not 全|国图|书馆. Longer names are distinctive enough anywhere.
/// </summary>
public sealed class ShortWordBoundaries(IChineseWordSegmenter segmenter)
{
    /// <summary>Names of this many characters must stand as words.</summary>
    public const int ShortLength = 2;

    // Characters each side that the segmenter sees: enough for the words that touch the name.
    const int Context = 6;

    /// <summary>True when the segmenter puts word boundaries at both ends of <paramref name="text"/>[start..start+length].</summary>
    public bool StandsAlone(ReadOnlySpan<char> text, int start, int length)
    {
        int end = start + length;
        int from = start, to = end;
        while (from > 0 && start - from < Context && TextFolding.IsHan(text[from - 1])) from--;
        while (to < text.Length && to - end < Context && TextFolding.IsHan(text[to])) to++;
        bool startsWord = from == start, endsWord = to == end;
        if (startsWord && endsWord) return true;
        var words = new List<(int Start, int End)>();
        segmenter.Segment(text[from..to], from, words);
        foreach (var (s, e) in words)
        {
            startsWord |= s == start || e == start;
            endsWord |= s == end || e == end;
        }
        return startsWord && endsWord;
    }
}
