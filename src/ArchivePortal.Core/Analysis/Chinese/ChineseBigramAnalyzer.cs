using Lucene.Net.Analysis;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>The Chinese bigram stream: folding, overlapping Han bigrams, Latin words whole (lowercased and folded).</summary>
public sealed class ChineseBigramAnalyzer(ChineseScriptFolding folding) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new HanBigramTokenizer(reader, folding);
        return new TokenStreamComponents(source, ChineseWordAnalyzer.LatinTail(source));
    }
}
