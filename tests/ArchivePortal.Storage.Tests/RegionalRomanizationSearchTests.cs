using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// Searching a Taiwan or Hong Kong person by the English spelling finds the Chinese records
/// (issue 16): the Wade–Giles or Cantonese spelling is an alias of the person the Chinese record
/// names, and the English and Chinese records are one person facet value.
/// </summary>
public class RegionalRomanizationSearchTests
{
    static ArchiveRecord Taiwan() => TempArchive.Record("tw", LanguageCodes.TraditionalChinese, "市立圖書館新書發表會",
        "臺北市立圖書館舉行新書發表會，館長周曉雯致詞，介紹今年的閱讀推廣計畫。", "2022-03-01");

    static ArchiveRecord English() => TempArchive.Record("en", LanguageCodes.English, "City library opens two branches",
        "Director-General Chou Hsiao-wen said the library would open two new branches next year.", "2022-03-05");

    [Theory]
    [InlineData("Chou Hsiao-wen")]
    [InlineData("Chou Hsiao wen")]
    [InlineData("Hsiao-wen Chou")]
    [InlineData("chou hsiaowen")]
    public void A_wade_giles_spelling_finds_the_chinese_record(string query)
    {
        using var t = new TempArchive().With(Taiwan());

        Assert.Equal(["tw"], t.Ids(query));
    }

    [Fact]
    public void A_hong_kong_spelling_finds_the_traditional_record()
    {
        using var t = new TempArchive().With(TempArchive.Record("hk", LanguageCodes.TraditionalChinese, "流動圖書車開放",
            "香港公共圖書館總館長陳大文介紹，流動圖書車將於明年駛往更多屋邨。", "2017-06-01"));

        Assert.Equal(["hk"], t.Ids("Chan Tai-man"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_english_and_the_chinese_record_are_one_person_in_whichever_order_they_come(bool chineseFirst)
    {
        using var t = new TempArchive();
        if (chineseFirst) t.With(Taiwan()).With(English());
        else t.With(English()).With(Taiwan());

        var person = Assert.Single(t.Archive.Index.Search(new SearchRequest()).Facets[FacetNames.Person]);
        Assert.Equal(2, person.Count);
        Assert.Equal("周曉雯", person.Label("zh"));
        Assert.Equal(["en", "tw"], t.Ids("person:" + person.Value).Order());
        Assert.Equal(["en", "tw"], t.Ids("Chou Hsiao-wen").Order());
    }
}
