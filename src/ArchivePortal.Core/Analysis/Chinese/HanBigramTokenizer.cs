namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// The bigram stream: the text in mainland form (as the words stream has it), then overlapping Han
/// bigrams (<see cref="HanBigrams"/>). Bigrams match any word a query shares with a text, whatever a
/// segmenter made of it.
/// </summary>
public sealed class HanBigramTokenizer(TextReader reader, ChineseScriptFolding folding, ChineseWords? words = null)
    : Common.SpanListTokenizer(reader)
{
    static readonly ChineseWords HanRuns = new(null, ChineseUserDictionary.Empty);

    protected override void FindSpans(Span<char> text, List<(int Start, int End)> spans)
    {
        var mainland = folding.ToMainland(text, words ?? HanRuns);
        UseRewrittenText(mainland.Text, mainland);
        HanBigrams.Find(mainland.Text, 0, spans);
    }
}
