using ArchivePortal.Core.Extraction;

namespace ArchivePortal.Ingest.Tests.Extraction;

public sealed class DateExtractorTests
{
    [Theory]
    [InlineData("发布时间:2020-05-29 来源: 访问量: 字体:【 视力保护色:", "2020-05-29", DateRule.HeaderLine)]
    [InlineData("发布日期：2018-04-23　浏览次数：1268", "2018-04-23", DateRule.HeaderLine)]
    [InlineData("Published: 12 May 2021", "2021-05-12", DateRule.HeaderLine)]
    [InlineData("The library opened on 2020-05-29 after repairs.", "2020-05-29", DateRule.IsoDate)]
    [InlineData("活动于2021年1月28日举行。", "2021-01-28", DateRule.ChineseDate)]
    [InlineData("活动于２０２１年１月２８日举行。", "2021-01-28", DateRule.ChineseDate)]
    [InlineData("Lãnh đạo TVQG, ngày 26/12/2022, TVQG tổ chức Hội nghị", "2022-12-26", DateRule.NumericDayMonthYear)]
    [InlineData("The ceremony took place on 28 January 2021 in Beijing.", "2021-01-28", DateRule.EnglishDate)]
    [InlineData("The ceremony took place on January 28, 2021 in Beijing.", "2021-01-28", DateRule.EnglishDate)]
    public void Finds_each_form(string text, string expected, DateRule rule)
    {
        var match = DateExtractor.Find(text);
        Assert.NotNull(match);
        Assert.Equal(DateOnly.Parse(expected), match.Value.Date);
        Assert.Equal(rule, match.Value.Rule);
    }

    [Fact]
    public void A_header_line_wins_over_an_earlier_date_in_the_text()
    {
        var match = DateExtractor.Find("On 2019-01-01 something happened.\n发布时间:2020-05-29");
        Assert.Equal(new DateOnly(2020, 5, 29), match!.Value.Date);
        Assert.Equal(DateRule.HeaderLine, match.Value.Rule);
    }

    [Fact]
    public void A_day_and_month_take_the_year_of_the_title()
    {
        var match = DateExtractor.Find("From 28 January to 29 January, the NLC held the Meeting.",
            "The NLC holds the Meeting on Expanding Middle-level Cadres, 2021");
        Assert.Equal(new DateOnly(2021, 1, 28), match!.Value.Date);
        Assert.Equal(DateRule.DayMonthWithContextYear, match.Value.Rule);
    }

    [Fact]
    public void Without_a_title_year_the_latest_year_of_the_paragraph_completes_the_date()
    {
        var match = DateExtractor.Find("On the morning of May 26 , the city reviewed its work in 2019 and deployed tasks for 2020 .");
        Assert.Equal(new DateOnly(2020, 5, 26), match!.Value.Date);
    }

    [Fact]
    public void A_day_and_month_without_any_year_is_not_guessed() =>
        Assert.Null(DateExtractor.Find("On 11 March, the three institutions signed an agreement."));

    [Fact]
    public void Dates_in_parentheses_are_history_and_lose_to_the_event_date()
    {
        var match = DateExtractor.Find("Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017), sáng ngày 20/7/2017, Thư viện tổ chức khai mạc.");
        Assert.Equal(new DateOnly(2017, 7, 20), match!.Value.Date);
    }

    [Fact]
    public void A_date_in_parentheses_is_used_when_it_is_the_only_one() =>
        Assert.Equal(new DateOnly(2019, 4, 21), DateExtractor.Find("Ngày Sách Việt Nam lần thứ 6 (21/4/2019) được tổ chức.")!.Value.Date);

    [Theory]
    [InlineData("截止日期：2021年5月1日")] // a deadline label is not a publication header…
    public void A_label_inside_a_longer_word_is_not_a_header(string text) =>
        Assert.NotEqual(DateRule.HeaderLine, DateExtractor.Find(text)!.Value.Rule); // …but the date is still found

    [Theory]
    [InlineData("")]
    [InlineData("No date here at all.")]
    [InlineData("2020-13-45 and 31/02/2021 are not dates")]
    [InlineData("Version 1.2.3 of the catalogue, 12.6万卷")]
    [InlineData("The library may 26 people hire.")]
    public void Finds_nothing_where_there_is_no_date(string text) => Assert.Null(DateExtractor.Find(text));

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20240601);
        const string alphabet = "0123456789０１２３年月日号/-.:：()（） ngàyJanuaryMay发布时间Published\n";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            _ = DateExtractor.Find(new string(chars), i % 2 == 0 ? new string(chars) : null);
        }
    }
}
