using ArchivePortal.Ingest.Text;

namespace ArchivePortal.Ingest.Tests.Text;

public sealed class TitleDeriverTests
{
    [Theory]
    [InlineData("Ningbo City holds the city's archives work meeting", false)]
    [InlineData("国家图书馆召开2019年全馆工作会议", false)]
    [InlineData("1月24日至25日，国家图书馆召开会议。馆领导参加会议。", true)]
    [InlineData("The library opened. Readers came early. It was busy.", true)]
    public void Tells_a_title_from_a_paragraph(string line, bool paragraph) =>
        Assert.Equal(paragraph, TitleDeriver.LooksLikeParagraph(line));

    [Fact]
    public void A_long_line_is_a_paragraph() => Assert.True(TitleDeriver.LooksLikeParagraph(new string('a', 151)));

    [Fact]
    public void The_phrase_naming_the_document_becomes_the_title() =>
        Assert.Equal("Jiulongpo District Library thirteen five development plan", TitleDeriver.FromParagraph(
            "According to the plan of the city, has a very important significance. According to the main idea, specially prepared \"Jiulongpo District Library\" thirteen five \"development plan\"."));

    [Fact]
    public void A_chinese_document_name_in_book_title_marks_becomes_the_title() =>
        Assert.Equal("九龙坡区图书馆“十三五”发展规划", TitleDeriver.FromParagraph("为贯彻落实文化发展规划的总体部署，结合本馆实际，特制定《九龙坡区图书馆“十三五”发展规划》。"));

    [Fact]
    public void Otherwise_the_first_sentence_is_cut_at_a_word_boundary()
    {
        var title = TitleDeriver.FromParagraph("The National Library of China has released another large batch of digitized rare books, bringing the number to more than 20,000. More follow.");
        Assert.Equal("The National Library of China has released another large batch of digitized rare…", title);
    }

    [Fact]
    public void A_short_first_sentence_is_the_whole_title() =>
        Assert.Equal("The reading room reopens", TitleDeriver.FromParagraph("The reading room reopens. It was closed for repairs since March and now seats twice as many readers as before the works."));

    [Fact]
    public void A_chinese_first_sentence_is_cut_after_40_characters() =>
        Assert.Equal(41, TitleDeriver.FromParagraph(new string('书', 60) + "。后文。").Length);
}
