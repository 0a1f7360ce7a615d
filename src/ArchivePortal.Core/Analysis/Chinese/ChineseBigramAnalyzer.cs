using Lucene.Net.Analysis;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>The Chinese bigram stream: mainland form, overlapping Han bigrams, Latin words whole (lowercased and folded).</summary>
public sealed class ChineseBigramAnalyzer(ChineseScriptFolding folding, ChineseWords words) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new HanBigramTokenizer(reader, folding, words);
        return new TokenStreamComponents(source, ChineseWordAnalyzer.LatinTail(source));
    }
}
