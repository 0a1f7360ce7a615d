using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Lower-cases each token as Lucene's LowerCaseFilter does (invariant culture), by
/// <see cref="InvariantLowerCase"/>'s table instead of a call into ICU per token.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    readonly ICharTermAttribute term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        InvariantLowerCase.InPlace(term.Buffer.AsSpan(0, term.Length));
        return true;
    }
}
