using ArchivePortal.Core.Analysis.Common;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace ArchivePortal.Core.Tests.Analysis.Common;

public class InvariantLowerCaseFilterTests
{
    static readonly Lucene.Net.Analysis.Analyzer Ours = TokenStreamAssert.OverWhitespace(s => new InvariantLowerCaseFilter(s));
    static readonly Lucene.Net.Analysis.Analyzer Lucenes = TokenStreamAssert.OverWhitespace(s => new LowerCaseFilter(LuceneVersion.LUCENE_48, s));

    [Fact]
    public void Every_character_of_the_basic_plane_lowers_as_Lucenes_filter_lowers_it()
    {
        // Every non-surrogate character, in tokens of 64 with no white space inside them.
        var characters = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && !char.IsWhiteSpace(c)).ToArray();
        var text = string.Join(' ', characters.Chunk(64).Select(chunk => new string(chunk)));
        var ours = TokenStreamAssert.Analyze(Ours, text);
        var lucenes = TokenStreamAssert.Analyze(Lucenes, text);
        Assert.Equal(lucenes.Count, ours.Count);
        for (int i = 0; i < ours.Count; i++) Assert.Equal(lucenes[i], ours[i]);
    }

    [Fact]
    public void Vietnamese_and_letters_outside_the_basic_plane_lower_case()
    {
        // Deseret capital letters (U+10400, U+10401) have lower-case forms outside the plane too.
        TokenStreamAssert.Tokens(Ours, "THƯ VIỆN Đà \U00010400\U00010401x NLC",
            new("thư", 0, 3), new("viện", 4, 8), new("đà", 9, 11), new("\U00010428\U00010429x", 12, 17), new("nlc", 18, 21));
        Assert.Equal(TokenStreamAssert.Analyze(Lucenes, "A\U00010400B \uD800X"), TokenStreamAssert.Analyze(Ours, "A\U00010400B \uD800X"));
    }

    [Fact]
    public void Random_and_empty_text() => TokenStreamAssert.RandomTextIsHandled(Ours);
}
