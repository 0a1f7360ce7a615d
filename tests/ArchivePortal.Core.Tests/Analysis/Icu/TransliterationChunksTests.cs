using ArchivePortal.Core.Analysis.Icu;

namespace ArchivePortal.Core.Tests.Analysis.Icu;

public sealed class TransliterationChunksTests
{
    static List<string> Pieces(string text, TransliterationChunks chunks)
    {
        var pieces = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = chunks.End(text, start);
            Assert.True(end > start);
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }

    [Fact]
    public void Short_text_is_one_piece()
    {
        Assert.Equal(["国家 图书馆"], Pieces("国家 图书馆", TransliterationChunks.Default));
    }

    [Fact]
    public void Cuts_go_after_the_last_whitespace_within_the_target()
    {
        Assert.Equal(["ab cd ", "ef\ngh"], Pieces("ab cd ef\ngh", new TransliterationChunks(Target: 7, Max: 20)));
    }

    [Fact]
    public void Without_whitespace_in_the_target_the_next_whitespace_is_used()
    {
        Assert.Equal(["abcdef ", "gh"], Pieces("abcdef gh", new TransliterationChunks(Target: 3, Max: 20)));
    }

    [Fact]
    public void Punctuation_is_not_a_cut_because_Han_Latin_looks_across_it()
    {
        Assert.Equal(["饶权，馆长。会议"], Pieces("饶权，馆长。会议", new TransliterationChunks(Target: 3, Max: 20)));
    }

    [Fact]
    public void Hard_cuts_never_split_a_surrogate_pair()
    {
        var pieces = Pieces("ab𠀀𠀀𠀀", new TransliterationChunks(Target: 1, Max: 3));

        Assert.Equal("ab𠀀𠀀𠀀", string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]), p));
    }

    [Fact]
    public void A_combining_mark_stays_with_its_letter()
    {
        // The only space is followed by a combining mark, so there is no cut at all.
        Assert.Equal(["a \u0301bcd"], Pieces("a \u0301bcd", new TransliterationChunks(Target: 2, Max: 20)));
    }
}
