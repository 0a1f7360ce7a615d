using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake.Reading;
using ArchivePortal.Ingest.Tests.Chrome;

namespace ArchivePortal.Ingest.Tests.Reading;

/// <summary>The five seed documents: plain-text page captures in English and Vietnamese.</summary>
public sealed class SeedTests
{
    static ArchiveRecord Read(string prefix)
    {
        var results = new PlainTextRecordReader().Read(SharedData.Seed(prefix)).ToList();
        var result = Assert.Single(results);
        Assert.True(result.IsRecord, result.ToString());
        return result.Record!;
    }

    [Theory]
    [InlineData("000", "The NLC holds the Meeting on Expanding Middle-level Cadres, 2021", "en", "2021-01-28", RecordTypes.Meeting)]
    [InlineData("001", "Ningbo City holds the city's archives work meeting", "en", "2020-05-29", RecordTypes.Meeting)]
    [InlineData("002", "The NLC, the Library Society of China and the China Science and Technology Museum sign strategic cooperation framework agreement", "en", null, RecordTypes.Agreement)]
    [InlineData("003", "Jiulongpo District Library thirteen five development plan", "en", null, RecordTypes.Plan)]
    [InlineData("004", "Hội nghị Tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023", "vi", "2022-12-26", RecordTypes.Meeting)]
    public void Each_seed_reads_as_one_record(string prefix, string title, string language, string? date, string type)
    {
        var record = Read(prefix);
        Assert.Equal(title, record.Title);
        Assert.Equal(language, record.Language);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), record.Date);
        Assert.Equal(type, record.Type);
        Assert.Equal(Path.GetFileNameWithoutExtension(SharedData.Seed(prefix)), record.Id);
    }

    [Fact]
    public void All_five_seeds_are_read_and_no_chrome_is_left_in_a_body()
    {
        var set = SourceFiles.Expand([SharedData.Seeds], RecordReaderRegistry.Default);
        var records = set.Files.SelectMany(f => f.Reader.Read(f.Path)).ToList();
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.True(r.IsRecord, r.ToString()));
        foreach (var record in records.Select(r => r.Record!))
            foreach (var chrome in PageChromeRemoverTests.ChromeStrings)
                Assert.False(record.Body.Contains(chrome, StringComparison.Ordinal), $"{record.Id} keeps '{chrome}'");
    }

    [Fact]
    public void The_breadcrumb_before_the_title_line_is_not_the_title_and_the_body_starts_with_the_article()
    {
        var record = Read("001");
        Assert.StartsWith("On the morning of May 26", record.Body);
        Assert.Equal(5, SharedData.Paragraphs(record.Body).Count);
    }

    [Fact]
    public void A_seed_without_a_title_line_keeps_its_first_paragraph_in_the_body()
    {
        var record = Read("003");
        Assert.StartsWith("According to the \"13th Five-Year Plan\" Chongqing cultural development", record.Body);
        Assert.Equal(142, SharedData.Paragraphs(record.Body).Count); // one paragraph per line of the capture
    }

    [Fact]
    public void The_vietnamese_seed_loses_its_gallery_and_credits_but_keeps_its_last_paragraph()
    {
        var body = Read("004").Body;
        Assert.EndsWith("phát triển TVQG ngày càng mạnh mẽ hơn trong thời gian tới.", body);
        Assert.DoesNotContain("Toàn cảnh Hội nghị", body);
        Assert.DoesNotContain("Nguyễn Phương Nhung", body);
    }
}
