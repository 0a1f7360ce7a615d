using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>The Chinese words stream: mainland form, dictionary words, segmenter, then Latin lowercased and folded.</summary>
public sealed class ChineseWordAnalyzer(ChineseScriptFolding folding, ChineseWords words) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new ChineseWordTokenizer(reader, folding, words);
        return new TokenStreamComponents(source, LatinTail(source));
    }

    /// <summary>What follows both Chinese tokenizers: Latin words inside Chinese text are lowercased and folded (NLC, COVID-19).</summary>
    internal static TokenStream LatinTail(TokenStream source)
    {
        TokenStream result = new InvariantLowerCaseFilter(source);
        result = new DiacriticFoldingFilter(result);
        return new LengthFilter(LuceneVersion.LUCENE_48, result, 1, AnalysisLimits.MaxTokenLength);
    }
}
