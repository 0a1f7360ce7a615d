using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>Chinese word segmentation by ICU's dictionary-based word break iterator.</summary>
public sealed class IcuChineseSegmenter(IcuWordBreaker breaker) : IChineseWordSegmenter
{
    public IEnumerable<(int Start, int End)> Segment(string text) =>
        breaker.Words(text).Select(w => (w.Start, w.End));
}
