namespace ArchivePortal.Core.Analysis.Chinese;

/// <summary>
/// Chinese words: the text in mainland form (<see cref="ChineseScriptFolding"/>), then dictionary
/// entries first (longest match wins) and the text between them by the word segmenter. Without a
/// segmenter, Han runs become bigrams so that Chinese search still works, less precisely. Latin words
/// and numbers inside Chinese text come out as words too. Offsets are those of the text as written.
/// </summary>
public sealed class ChineseWordTokenizer(TextReader reader, ChineseScriptFolding folding, ChineseWords words)
    : Common.SpanListTokenizer(reader)
{
    public ChineseWordTokenizer(TextReader reader, ChineseScriptFolding folding, IChineseWordSegmenter? segmenter, ChineseUserDictionary dictionary)
        : this(reader, folding, new ChineseWords(segmenter, dictionary)) { }

    protected override void FindSpans(Span<char> text, List<(int Start, int End)> spans)
    {
        var mainland = folding.ToMainland(text, words);
        UseRewrittenText(mainland.Text, mainland);
        // A rewritten text is segmented again, so that 数字化 from 數位化 is cut as a query 数字化 is.
        if (mainland.Words is { } found) spans.AddRange(found);
        else words.Find(mainland.Text, spans);
    }
}
