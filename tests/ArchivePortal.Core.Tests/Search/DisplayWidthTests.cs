using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Search;

/// <summary>Columns a text takes on a line: what bounds a snippet to about two lines in every language.</summary>
public class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("NLC 2021", 8)]
    [InlineData("Thư viện", 8)]
    [InlineData("国家图书馆", 10)]
    [InlineData("國家圖書館。", 12)]
    [InlineData("ＮＬＣ", 6)] // full-width Latin is wide too
    [InlineData("NLC（国图）", 11)]
    public void Chinese_and_full_width_characters_take_two_columns(string text, int columns) =>
        Assert.Equal(columns, DisplayWidth.Of(text));

    [Fact]
    public void Advancing_and_going_back_stop_before_a_character_that_does_not_fit()
    {
        const string text = "ab国家cd";
        Assert.Equal(3, DisplayWidth.Advance(text, 0, 4)); // a b 国 = 4 columns; 家 would make 6
        Assert.Equal(2, DisplayWidth.Advance(text, 0, 3)); // 国 does not fit in the third column
        Assert.Equal(text.Length, DisplayWidth.Advance(text, 0, 100));
        Assert.Equal(4, DisplayWidth.Back(text, 6, 2));
        Assert.Equal(0, DisplayWidth.Back(text, 6, 100));
    }

    [Fact]
    public void Random_text_never_throws_and_stays_in_bounds()
    {
        var random = new Random(15);
        for (int n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
            int start = text.Length == 0 ? 0 : random.Next(0, text.Length), columns = random.Next(0, 50);
            Assert.InRange(DisplayWidth.Advance(text, start, columns), start, text.Length);
            Assert.InRange(DisplayWidth.Back(text, start, columns), 0, start);
            Assert.True(DisplayWidth.Of(text) >= text.Length);
        }
    }
}
