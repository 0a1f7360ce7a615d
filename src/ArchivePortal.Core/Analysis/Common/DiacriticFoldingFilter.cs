using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Removes diacritics (và → va, đổi → doi) so unaccented queries find accented text.</summary>
/// <remarks>
/// Not Lucene's ASCIIFoldingFilter: that one leaves combining marks of decomposed input in place
/// (a + U+0301 stays two characters), rewrites more than diacritics (ß → ss, æ → ae, ² → 2), and
/// leaves accented letters of other scripts (й) alone, so it would change today's tokens.
/// </remarks>
public sealed class DiacriticFoldingFilter : TokenFilter
{
    readonly ICharTermAttribute term;

    public DiacriticFoldingFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var chars = term.Buffer.AsSpan(0, term.Length);
        if (TextFolding.HasNothingToFold(chars)) return true;
        var folded = TextFolding.RemoveDiacritics(chars.ToString());
        term.SetEmpty().Append(folded);
        return true;
    }
}
