using ArchivePortal.Core.Analysis;
using Lucene.Net.Analysis;
using Token = ArchivePortal.Core.Analysis.Token;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Storage.Index;

/// <summary>
/// Tokens the archive's analyzer already produced, replayed to Lucene: a record's text is analyzed
/// once, in parallel with other records, and the same tokens feed every field of its stream.
/// </summary>
internal sealed class TokenListStream : TokenStream
{
    readonly IReadOnlyList<Token> tokens;
    readonly ICharTermAttribute term;
    readonly IOffsetAttribute offset;
    readonly IPositionIncrementAttribute increment;
    int next;

    public TokenListStream(IReadOnlyList<Token> tokens)
    {
        this.tokens = tokens;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count) return false;
        ClearAttributes();
        var t = tokens[next];
        term.SetEmpty().Append(t.Text);
        offset.SetOffset(t.Start, t.End);
        // Lucene refuses a first token at position 0; a stacked token can only follow another.
        increment.PositionIncrement = next == 0 ? Math.Max(1, t.PositionIncrement) : t.PositionIncrement;
        next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
