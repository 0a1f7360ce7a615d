using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// The last filter of a record's stream, for what the index needs of it and an analyzer of one
/// language cannot know: a record in another language keeps in its Chinese streams only the
/// tokens that begin with a Han character (its Latin words are in its own language's streams),
/// and the first token stands at a position of its own (Lucene refuses a first token stacked on
/// nothing). A skipped token's position is not carried over: the tokens kept stand side by side.
/// </summary>
public sealed class RecordTokenFilter : TokenFilter
{
    readonly Func<char, bool>? firstCharacter;
    readonly ICharTermAttribute term;
    readonly IPositionIncrementAttribute increment;
    bool first = true;

    /// <param name="input">A stream of the record's text.</param>
    /// <param name="firstCharacter">When given, only tokens whose first character it accepts are kept.</param>
    public RecordTokenFilter(TokenStream input, Func<char, bool>? firstCharacter) : base(input)
    {
        this.firstCharacter = firstCharacter;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (firstCharacter is not null && (term.Length == 0 || !firstCharacter(term.Buffer[0]))) continue;
            if (first && increment.PositionIncrement == 0) increment.PositionIncrement = 1;
            first = false;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        first = true;
    }
}
