using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Tests.Analysis.Common;

/// <summary>One token as a test expects it: text, offsets and position increment.</summary>
public readonly record struct Expected(string Text, int Start, int End, int Increment = 1);

/// <summary>Runs analyzers and filters the way Lucene consumers do, and checks what every stream must satisfy.</summary>
internal static class TokenStreamAssert
{
    /// <summary>An analyzer of <paramref name="filter"/> over whitespace-separated words, to test a filter alone.</summary>
    public static Analyzer OverWhitespace(Func<TokenStream, TokenStream> filter) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, filter(source));
        });

    /// <summary>An analyzer of one tokenizer and one filter.</summary>
    public static Analyzer Chain(Func<TextReader, Tokenizer> tokenizer, Func<TokenStream, TokenStream> filter) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = tokenizer(reader);
            return new TokenStreamComponents(source, filter(source));
        });

    /// <summary>An analyzer of a tokenizer alone.</summary>
    public static Analyzer Of(Func<TextReader, Tokenizer> tokenizer) =>
        Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(tokenizer(reader)));

    public static List<Expected> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<Expected>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Expected(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset); // the final offset is the text's end
        return tokens;
    }

    public static void Tokens(Analyzer analyzer, string text, params Expected[] expected) =>
        Assert.Equal(expected, Analyze(analyzer, text));

    /// <summary>Odd texts must not throw, and what comes out must be a well-formed stream.</summary>
    public static void RandomTextIsHandled(Analyzer analyzer, int seed = 20210415, int count = 300)
    {
        Assert.Empty(Analyze(analyzer, ""));
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var text = RandomText(random, random.Next(0, 200));
            var tokens = Analyze(analyzer, text);
            int lastStart = 0;
            for (int t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                Assert.NotEqual("", token.Text);
                Assert.InRange(token.Start, lastStart, token.End);
                Assert.InRange(token.End, token.Start, text.Length);
                Assert.True(token.Increment >= (t == 0 ? 1 : 0), $"increment {token.Increment} of token {t}");
                lastStart = token.Start;
            }
        }
    }

    // A mix that favours the hard cases: lone and paired surrogates, controls, combining marks,
    // U+FFFE and other noncharacters, Han, Vietnamese letters and punctuation between words.
    public static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            switch (random.Next(11))
            {
                case 0: text.Append((char)random.Next(0xD800, 0xE000)); break;
                case 1: text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x2FFFF))); break;
                case 2: text.Append((char)random.Next(0, 0x20)); break;
                case 3: text.Append((char)random.Next(0x300, 0x370)); break;
                case 4: text.Append((char)random.Next(0x4E00, 0xA000)); break;
                case 5: text.Append((char)random.Next(0x20, 0x7F)); break;
                case 6: text.Append((char)random.Next(0x1EA0, 0x1EFA)); break;
                case 7: text.Append(random.Next(2) == 0 ? '\uFFFE' : (char)random.Next(0xFFF0, 0x10000)); break;
                case 8: text.Append(" .,'’-"[random.Next(6)]); break;
                case 9: text.Append((char)random.Next(0xF900, 0xFB00)); break;
                default: text.Append((char)random.Next(0, 0x10000)); break;
            }
        }
        return text.ToString();
    }
}
