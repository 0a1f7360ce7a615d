using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// The bigram stream: script folding, then overlapping Han bigrams (<see cref="HanBigrams"/>). Bigrams
/// match any word a query shares with a text, whatever a segmenter made of it.
/// </summary>
public sealed class HanBigramTokenizer(TextReader reader, ChineseScriptFolding folding) : SpanListTokenizer(reader)
{
    protected override void FindSpans(Span<char> text, List<(int Start, int End)> spans)
    {
        folding.Fold(text);
        HanBigrams.Find(text, 0, spans);
    }
}
