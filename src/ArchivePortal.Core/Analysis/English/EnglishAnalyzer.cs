using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// English: words → lowercase → diacritics removed (so "Trinh Thi Thuy" and "Trịnh Thị Thủy"
/// meet) → possessive 's removed → over-long words dropped → stop words dropped → Porter2 stems → a few agent nouns joined to their
/// act (<see cref="AgentNounFilter"/>: visitors → visit).
/// A dropped word leaves a gap in positions, as in Lucene, so phrases do not close over it.
/// </summary>
public sealed class EnglishAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new LatinWordTokenizer(reader);
        TokenStream result = new InvariantLowerCaseFilter(source);
        result = new DiacriticFoldingFilter(result);
        result = new PossessiveFilter(result);
        result = new LengthFilter(LuceneVersion.LUCENE_48, result, 1, AnalysisLimits.MaxTokenLength);
        result = new StopFilter(LuceneVersion.LUCENE_48, result, EnglishStopWords.Set);
        result = new EnglishStemFilter(result);
        result = new AgentNounFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
