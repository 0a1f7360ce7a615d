using ArchivePortal.Core.Analysis.English;
using ArchivePortal.Core.Tests.Analysis.Common;

namespace ArchivePortal.Core.Tests.Analysis.English;

public class EnglishFilterTests
{
    static readonly Lucene.Net.Analysis.Analyzer Possessive = TokenStreamAssert.OverWhitespace(s => new PossessiveFilter(s));
    static readonly Lucene.Net.Analysis.Analyzer Stem = TokenStreamAssert.OverWhitespace(s => new EnglishStemFilter(s));
    static readonly Lucene.Net.Analysis.Analyzer Analyzer = new EnglishAnalyzer();

    [Fact]
    public void Possessives_and_trailing_apostrophes_are_stripped()
    {
        TokenStreamAssert.Tokens(Possessive, "Jinping's libraries' don’t Quan’s",
            new("Jinping", 0, 9), new("libraries", 10, 20), new("don't", 21, 26), new("Quan", 27, 33));
    }

    [Fact]
    public void Words_are_stemmed_and_numbers_and_codes_are_not()
    {
        TokenStreamAssert.Tokens(Stem, "digitization meetings 2021s covid19",
            new("digit", 0, 12), new("meet", 13, 21), new("2021s", 22, 27), new("covid19", 28, 35));
    }

    [Fact]
    public void The_chain_drops_stop_words_leaving_a_position_gap()
    {
        TokenStreamAssert.Tokens(Analyzer, "The Archives of Hà Nội",
            new("archiv", 4, 12, Increment: 2), new("ha", 16, 18, Increment: 2), new("noi", 19, 22));
    }

    [Fact]
    public void Over_long_words_are_dropped()
    {
        var longWord = new string('x', 65);
        TokenStreamAssert.Tokens(Analyzer, $"library {longWord} archive",
            new("librari", 0, 7), new("archiv", 74, 81, Increment: 2));
    }

    [Fact]
    public void Random_and_empty_text()
    {
        TokenStreamAssert.RandomTextIsHandled(Possessive);
        TokenStreamAssert.RandomTextIsHandled(Stem);
        TokenStreamAssert.RandomTextIsHandled(Analyzer);
    }
}
