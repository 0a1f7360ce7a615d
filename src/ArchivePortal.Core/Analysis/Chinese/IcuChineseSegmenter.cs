using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>Chinese word segmentation by ICU's dictionary-based word break iterator.</summary>
public sealed class IcuChineseSegmenter(IcuWordBreaker breaker) : IChineseWordSegmenter
{
    public const string Key = "icu";

    public string Name => Key;

    public void Segment(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> words)
    {
        foreach (var w in breaker.Words(text)) words.Add((offset + w.Start, offset + w.End));
    }
}
