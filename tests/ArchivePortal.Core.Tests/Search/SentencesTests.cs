using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Search;

public class SentencesTests
{
    static List<string> Split(string text) => Sentences.Of(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Sentences_end_at_stops_followed_by_a_space_so_numbers_and_addresses_stay_whole()
    {
        Assert.Equal(["Version 3.5 is out.", "See www.nlc.cn for it!", "Really?", "Yes"],
            Split("Version 3.5 is out.  See www.nlc.cn for it! Really? Yes "));
    }

    [Fact]
    public void Chinese_stops_end_a_sentence_with_the_quotes_that_close_after_them()
    {
        Assert.Equal(["他说：“开馆了。”", "观众很多！", "明天继续"], Split("他说：“开馆了。”观众很多！明天继续"));
    }

    [Fact]
    public void A_text_without_stops_is_one_sentence_and_an_empty_text_none()
    {
        Assert.Equal(["no stop here"], Split("no stop here"));
        Assert.Empty(Split("   "));
    }
}
