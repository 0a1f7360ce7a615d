using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Vietnamese;

/// <summary>
/// Vietnamese is written in syllables separated by spaces, so words are syllables. Two streams:
/// exact (diacritics kept, tone placement normalized: Thuỷ = Thủy) ranks above folded
/// (diacritics removed, đ → d), which lets visitors type without diacritics.
/// </summary>
public static class VietnameseAnalyzer
{
    public static readonly AnalysisChain Exact = new(
        LatinWordTokenizer.Instance,
        LowercaseFilter.Instance,
        MaxLengthFilter.Default,
        VietnameseToneNormalizationFilter.Instance);

    public static readonly AnalysisChain Folded = new(
        LatinWordTokenizer.Instance,
        LowercaseFilter.Instance,
        MaxLengthFilter.Default,
        DiacriticFoldingFilter.Instance);
}
