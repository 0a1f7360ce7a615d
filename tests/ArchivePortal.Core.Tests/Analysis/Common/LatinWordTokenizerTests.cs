using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchivePortal.Core.Tests.Analysis.Common;

public class LatinWordTokenizerTests
{
    static readonly Lucene.Net.Analysis.Analyzer Tokenizer = TokenStreamAssert.Of(r => new LatinWordTokenizer(r));

    [Fact]
    public void Words_keep_inner_apostrophes_and_skip_han_and_punctuation()
    {
        TokenStreamAssert.Tokens(Tokenizer, "Xi Jinping's 图书馆 COVID-19, don’t 'x'",
            new("Xi", 0, 2), new("Jinping's", 3, 12), new("COVID", 17, 22), new("19", 23, 25),
            new("don’t", 27, 32), new("x", 34, 35));
    }

    [Fact]
    public void Combining_marks_stay_inside_the_word()
    {
        var decomposed = "Thu\u031B vie\u0323\u0302n";
        TokenStreamAssert.Tokens(Tokenizer, decomposed, new("Thu\u031B", 0, 4), new("vie\u0323\u0302n", 5, 11));
    }

    [Fact]
    public void Flags_mark_words_that_only_white_space_separates()
    {
        using var stream = Tokenizer.GetTokenStream("f", "Hà Nội. Thư  viện\tquốc-gia");
        var flags = stream.AddAttribute<IFlagsAttribute>();
        var seen = new List<int>();
        stream.Reset();
        while (stream.IncrementToken()) seen.Add(flags.Flags);
        stream.End();
        int space = LatinWordTokenizer.SpaceBeforeFlag;
        Assert.Equal([0, space, 0, space, space, 0], seen);
    }

    [Fact]
    public void Random_and_empty_text() => TokenStreamAssert.RandomTextIsHandled(Tokenizer);
}
