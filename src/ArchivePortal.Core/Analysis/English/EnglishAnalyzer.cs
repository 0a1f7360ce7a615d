using ArchivePortal.Core.Analysis.Common;

namespace ArchivePortal.Core.Analysis.English;

/// <summary>
/// English: words → lowercase → diacritics removed (so "Trinh Thi Thuy" and "Trịnh Thị Thủy"
/// meet) → possessive 's removed → stop words dropped → Porter2 stems.
/// </summary>
public static class EnglishAnalyzer
{
    public static readonly AnalysisChain Chain = new(
        LatinWordTokenizer.Instance,
        LowercaseFilter.Instance,
        DiacriticFoldingFilter.Instance,
        PossessiveFilter.Instance,
        MaxLengthFilter.Default,
        StopWordFilter.Instance,
        EnglishStemFilter.Instance);
}

/// <summary>Strips a trailing possessive ('s, ’s, or a lone trailing apostrophe).</summary>
public sealed class PossessiveFilter : ITokenFilter
{
    public static readonly PossessiveFilter Instance = new();

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
        {
            var text = t.Text.Replace('\u2019', '\'');
            if (text.EndsWith("'s", StringComparison.Ordinal)) text = text[..^2];
            yield return t.WithText(text.TrimEnd('\''));
        }
    }
}

/// <summary>Drops the few English function words that carry no meaning for search.</summary>
public sealed class StopWordFilter : ITokenFilter
{
    public static readonly StopWordFilter Instance = new();

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Text.Length > 0 && !EnglishStopWords.Contains(t.Text));
}

/// <summary>Reduces words to their Porter2 stems; numbers and codes are left as they are.</summary>
public sealed class EnglishStemFilter : ITokenFilter
{
    public static readonly EnglishStemFilter Instance = new();

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
            yield return HasDigit(t.Text) ? t : t.WithText(EnglishStemmer.Instance.Stem(t.Text));
    }

    static bool HasDigit(string s)
    {
        foreach (var c in s) if (char.IsDigit(c)) return true;
        return false;
    }
}
