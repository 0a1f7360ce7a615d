using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Analysis.Vietnamese;

/// <summary>
/// Vietnamese is written in syllables separated by spaces. Two streams: exact (diacritics kept,
/// tone placement normalized: Thuỷ = Thủy) ranks above folded (diacritics removed, đ → d), which
/// lets visitors type without diacritics. Both add syllable pairs (thư viện) on the position of
/// their first syllable, since most words have two syllables and a single one is ambiguous.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded) : Analyzer
{
    /// <summary>True for the stream without diacritics.</summary>
    public bool Folded { get; } = folded;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new LatinWordTokenizer(reader);
        TokenStream result = new InvariantLowerCaseFilter(source);
        result = new LengthFilter(LuceneVersion.LUCENE_48, result, 1, AnalysisLimits.MaxTokenLength);
        result = Folded ? new DiacriticFoldingFilter(result) : new VietnameseToneNormalizationFilter(result);
        result = new SyllablePairFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
