using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// A tokenizer that reads the whole text, finds its token spans at once (a segmenter wants whole
/// runs of text), and then hands them out one by one, each a slice of the text it read.
/// </summary>
public abstract class SpanListTokenizer : Tokenizer
{
    readonly ICharTermAttribute term;
    readonly IOffsetAttribute offset;
    readonly IPositionIncrementAttribute position;
    readonly List<(int Start, int End)> spans = [];
    InputText input;
    int next;
    char[]? rewritten;
    ITextOffsets? rewrittenOffsets;

    protected SpanListTokenizer(TextReader reader) : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// Adds the token spans of <paramref name="text"/> in order. The text may be rewritten in place
    /// first, as long as its length stays: tokens are sliced from it, offsets refer to the original.
    /// </summary>
    protected abstract void FindSpans(Span<char> text, List<(int Start, int End)> spans);

    /// <summary>
    /// Called from <see cref="FindSpans"/> when the text was rewritten to another length: the spans then
    /// index <paramref name="text"/>, and <paramref name="offsets"/> maps them back to the original.
    /// </summary>
    protected void UseRewrittenText(char[] text, ITextOffsets offsets)
    {
        rewritten = text;
        rewrittenOffsets = offsets;
    }

    public override void Reset()
    {
        base.Reset();
        input.ReadAll(m_input);
        spans.Clear();
        next = 0;
        rewritten = null;
        rewrittenOffsets = null;
        FindSpans(input.Buffer.AsSpan(0, input.Length), spans);
    }

    public override bool IncrementToken()
    {
        if (next >= spans.Count) return false;
        ClearAttributes();
        var (start, end) = spans[next++];
        term.CopyBuffer(rewritten ?? input.Buffer, start, end - start);
        if (rewrittenOffsets is not null) (start, end) = (rewrittenOffsets.OriginalStart(start), rewrittenOffsets.OriginalEnd(end));
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        position.PositionIncrement = 1;
        return true;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(input.Length);
        offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        input.Release();
        rewritten = null;
        rewrittenOffsets = null;
        // A long document's spans are let go too (clear first: a capacity below the count throws).
        spans.Clear();
        if (spans.Capacity > 4096) spans.Capacity = 0;
    }
}
