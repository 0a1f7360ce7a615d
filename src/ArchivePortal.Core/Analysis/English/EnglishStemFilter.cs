using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>Reduces words to their Porter2 stems (<see cref="EnglishStemmer"/>); numbers and codes are left as they are.</summary>
public sealed class EnglishStemFilter : TokenFilter
{
    readonly ICharTermAttribute term;

    public EnglishStemFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var chars = term.Buffer.AsSpan(0, term.Length);
        if (HasDigit(chars)) return true;
        var word = chars.ToString();
        var stem = EnglishStemmer.Instance.Stem(word);
        if (!ReferenceEquals(stem, word)) term.SetEmpty().Append(stem);
        return true;
    }

    static bool HasDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsDigit(c)) return true;
        return false;
    }
}
