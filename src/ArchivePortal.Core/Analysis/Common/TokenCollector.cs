using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Analysis.Common;

/// <summary>Runs a Lucene analyzer over a text and collects its tokens as <see cref="Token"/>s.</summary>
internal static class TokenCollector
{
    // The field name only matters to per-field analyzers; ours analyze every field alike.
    const string Field = "text";

    public static List<Token> Collect(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(Field, text);
        return Collect(stream);
    }

    /// <summary>The tokens of <paramref name="stream"/>, which the caller disposes.</summary>
    public static List<Token> Collect(TokenStream stream)
    {
        var tokens = new List<Token>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(TermTexts.Of(term.Buffer.AsSpan(0, term.Length)), offset.StartOffset, offset.EndOffset)
            {
                PositionIncrement = position.PositionIncrement,
            });
        }
        stream.End();
        return tokens;
    }
}
