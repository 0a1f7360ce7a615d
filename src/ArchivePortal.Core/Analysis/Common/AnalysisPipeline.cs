namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Splits text into tokens with offsets into that text.</summary>
public interface ITokenizer
{
    IEnumerable<Token> Tokenize(string text);
}

/// <summary>Transforms a token stream: changes, drops or adds tokens, keeping offsets.</summary>
public interface ITokenFilter
{
    IEnumerable<Token> Apply(IEnumerable<Token> tokens);
}

/// <summary>
/// Rewrites text before tokenization without changing its length, so that offsets computed
/// on the rewritten text are offsets into the original (e.g. Traditional → Simplified folding).
/// </summary>
public interface ICharFilter
{
    string Apply(string text);
}

/// <summary>A tokenizer followed by filters: the Lucene analyzer shape.</summary>
public sealed class AnalysisChain(ITokenizer tokenizer, params ITokenFilter[] filters)
{
    public IEnumerable<Token> Analyze(string text)
    {
        var tokens = tokenizer.Tokenize(text);
        foreach (var filter in filters) tokens = filter.Apply(tokens);
        return tokens;
    }
}
