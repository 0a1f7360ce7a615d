using ArchivePortal.Core.Spelling;

namespace ArchivePortal.Core.Tests.Spelling;

public sealed class QueryWordsTests
{
    static List<string> Words(string q) => QueryWords.In(q).Select(w => w.Text).ToList();

    [Fact]
    public void Plain_words_only()
    {
        Assert.Equal(["a", "b", "e"], Words("a \"c d\" b -x NOT y lang:vi person:\"Rao Quan\" (e) AND OR"));
    }

    [Fact]
    public void Words_know_where_they_stand_and_whether_a_word_precedes()
    {
        var words = QueryWords.In("thu  vein (x)");
        Assert.Equal(0, words[0].Start);
        Assert.Equal(5, words[1].Start);
        Assert.True(words[1].FollowsWord);
        Assert.False(words[2].FollowsWord);
    }

    [Fact]
    public void Edits_count_a_transposition_as_one()
    {
        Assert.Equal(1, EditDistance.Between("vein", "vien"));
        Assert.Equal(1, EditDistance.Between("libary", "library"));
        Assert.Equal(2, EditDistance.Between("libary", "librari"));
        Assert.Equal(3, EditDistance.Between("", "abc"));
    }
}
