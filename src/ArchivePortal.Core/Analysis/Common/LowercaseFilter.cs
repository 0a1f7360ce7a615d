namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Lowercases tokens with invariant culture rules (Turkish dotless i does not concern these languages).</summary>
public sealed class LowercaseFilter : ITokenFilter
{
    public static readonly LowercaseFilter Instance = new();

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens) yield return t.WithText(t.Text.ToLowerInvariant());
    }
}

/// <summary>Removes diacritics (và → va, đổi → doi) so unaccented queries find accented text.</summary>
public sealed class DiacriticFoldingFilter : ITokenFilter
{
    public static readonly DiacriticFoldingFilter Instance = new();

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens) yield return t.WithText(TextFolding.RemoveDiacritics(t.Text));
    }
}

/// <summary>Drops tokens longer than a limit: base64 blobs and URLs glued into one word bloat the index and never match.</summary>
public sealed class MaxLengthFilter(int maxLength) : ITokenFilter
{
    public static readonly MaxLengthFilter Default = new(64);

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) => tokens.Where(t => t.Text.Length <= maxLength);
}
