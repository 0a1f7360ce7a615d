using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// Strips a trailing possessive ('s, ’s, or a lone trailing apostrophe) and writes ’ as '.
/// Lucene's EnglishPossessiveFilter only removes 's and keeps ’ inside words (don’t ≠ don't).
/// </summary>
public sealed class PossessiveFilter : TokenFilter
{
    readonly ICharTermAttribute term;

    public PossessiveFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        int length = term.Length;
        for (int i = 0; i < length; i++) if (buffer[i] == '\u2019') buffer[i] = '\'';
        if (length >= 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's') length -= 2;
        while (length > 0 && buffer[length - 1] == '\'') length--;
        term.Length = length;
        return true;
    }
}
