using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>
/// Removes diacritics (và → va, đổi → doi) so unaccented queries find accented text. A token of
/// nothing but combining marks folds to nothing and is dropped, leaving a position gap.
/// </summary>
/// <remarks>
/// Not Lucene's ASCIIFoldingFilter: that one leaves combining marks of decomposed input in place
/// (a + U+0301 stays two characters), rewrites more than diacritics (ß → ss, æ → ae, ² → 2), and
/// leaves accented letters of other scripts (й) alone, so it would change today's tokens.
/// </remarks>
public sealed class DiacriticFoldingFilter : FilteringTokenFilter
{
    readonly ICharTermAttribute term;
    readonly TermMemo memo = new();

    public DiacriticFoldingFilter(TokenStream input) : base(LuceneVersion.LUCENE_48, input) => term = AddAttribute<ICharTermAttribute>();

    protected override bool Accept()
    {
        var chars = term.Buffer.AsSpan(0, term.Length);
        if (TextFolding.HasNothingToFold(chars)) return chars.Length > 0;
        var folded = memo.Get(chars, TextFolding.RemoveDiacritics);
        term.SetEmpty().Append(folded);
        return folded.Length > 0;
    }
}
