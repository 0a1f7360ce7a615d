using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

public sealed class MarkdownRecordReaderTests
{
    static ArchiveRecord Read(string file)
    {
        var result = Assert.Single(new MarkdownRecordReader().Read(SharedData.TestData(file)));
        Assert.True(result.IsRecord, result.ToString());
        return result.Record!;
    }

    [Fact]
    public void Without_front_matter_the_heading_is_the_title_and_the_rest_is_derived()
    {
        var record = Read("heading-title.md");
        Assert.Equal("heading-title", record.Id);
        Assert.Equal("上海图书馆东馆正式对外开放", record.Title);
        Assert.Equal("zh", record.Language);
        Assert.Equal(RecordTypes.News, record.Type);
        Assert.Null(record.Date); // 9月28日 and no year anywhere: not guessed
        Assert.Equal(2, SharedData.Paragraphs(record.Body).Count);
        Assert.DoesNotContain("#", record.Body);
    }

    [Fact]
    public void A_bom_windows_line_endings_a_timestamp_and_a_one_value_list_are_accepted()
    {
        var record = Read("bom-crlf.md");
        Assert.Equal("bom-crlf", record.Id);
        Assert.Equal("Saved by Notepad", record.Title);
        Assert.Equal("en", record.Language); // en-GB normalized
        Assert.Equal(new DateOnly(2021, 3, 12), record.Date);
        Assert.Equal(["Rao Quan", "Chen Ying"], record.Persons);
        Assert.Equal(["digitization"], record.Topics);
        Assert.Equal("The National Library of China held a meeting.", record.Body);
    }

    [Fact]
    public void Boilerplate_in_a_markdown_body_is_removed_and_the_info_bar_still_dates_it()
    {
        var text = File.ReadAllText(System.IO.Path.Combine(SharedData.DevDocs, "dev-zh-005.md"))
            .Replace("date: 2018-04-23\n", "", StringComparison.Ordinal);
        var record = MarkdownRecordReader.Parse(text, "dev-zh-005.md").Record!;
        Assert.Equal(new DateOnly(2018, 4, 23), record.Date);
        Assert.Equal(3, SharedData.Paragraphs(record.Body).Count);
    }
}
