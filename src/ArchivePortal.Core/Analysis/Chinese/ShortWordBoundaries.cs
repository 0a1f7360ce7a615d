using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Whether a name of two characters found inside a run of Han characters stands there as a word.
/// Two characters are mostly an abbreviation (国图, 上图), and their last character often begins a
/// longer word: 全国图书馆 and 美国图书馆 are 全国|图书|馆 and 美国|图书|馆, with no 国图 in them. A
/// word the segmenter ends on its first character (与国|图 in 与国图合作) is no reason to refuse it: a
/// preposition joined to it is how the segmenter reads 与国 (ally), not another name. Longer names
/// are distinctive enough anywhere.
/// </summary>
public sealed class ShortWordBoundaries(IChineseWordSegmenter segmenter)
{
    /// <summary>Names of this many characters must stand as words.</summary>
    public const int ShortLength = 2;

    // Characters after the name that the segmenter sees: enough for the word that would continue it.
    const int Context = 6;

    /// <summary>True unless the segmenter carries the last character of <paramref name="text"/>[start..start+length] on into the text after it.</summary>
    public bool StandsAlone(ReadOnlySpan<char> text, int start, int length)
    {
        int end = start + length;
        int to = end;
        while (to < text.Length && to - end < Context && TextFolding.IsHan(text[to])) to++;
        if (to == end) return true; // nothing follows in the run
        var words = new List<(int Start, int End)>();
        segmenter.Segment(text[start..to], start, words);
        foreach (var (s, e) in words)
            if (s < end && e > end) return false;
        return true;
    }
}
