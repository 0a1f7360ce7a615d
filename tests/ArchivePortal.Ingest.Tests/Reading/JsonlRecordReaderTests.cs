using System.Text;
using ArchivePortal.Core.Records;
using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

public sealed class JsonlRecordReaderTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-jsonl-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Bad_lines_are_failures_with_their_line_numbers_and_the_good_lines_are_records()
    {
        var path = SharedData.TestData("mixed.jsonl");
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal(7, results.Count); // eight lines, one of them blank

        var first = results[0].Record!;
        Assert.Equal("j-1", first.Id);
        Assert.Equal("zh", first.Language);
        Assert.Equal(new DateOnly(2019, 1, 25), first.Date);
        Assert.Equal(["饶权"], first.Persons);
        Assert.Equal(["会议"], first.Topics);
        Assert.Equal("http://www.nlc.cn/x.htm", first.SourceUrl);
        Assert.Equal(RecordTypes.Meeting, first.Type);
        Assert.Equal($"{path}:1", first.Origin);

        Assert.Equal($"{path}:2", results[1].Failure!.Origin);
        Assert.StartsWith("not valid JSON: ", results[1].Failure!.Reason);
        Assert.Equal(new ReadFailure($"{path}:3", "missing field 'title'", IntakeErrorCodes.InvalidField), results[2].Failure);
        Assert.Equal(new ReadFailure($"{path}:5", "field 'persons' must be an array of strings", IntakeErrorCodes.InvalidField), results[3].Failure);

        var derived = results[4].Record!;
        Assert.Equal("mixed-6", derived.Id);
        Assert.Equal("en", derived.Language);
        Assert.Equal(new DateOnly(2020, 5, 29), derived.Date); // from the info bar in the body
        Assert.Equal(RecordTypes.Meeting, derived.Type);
        Assert.DoesNotContain("发布时间", derived.Body);

        Assert.Equal(new ReadFailure($"{path}:7", "expected a JSON object {\"title\": …, \"body\": …}, found an array", IntakeErrorCodes.InvalidJson), results[5].Failure);
        Assert.Equal(new ReadFailure($"{path}:8", "date '21/4/2022' is not a date; write it as YYYY-MM-DD", IntakeErrorCodes.InvalidField), results[6].Failure);
    }

    /// <summary>Found by the fuzz tests (issue 14): looking up "title" among names with a bad escape threw.</summary>
    [Fact]
    public void A_field_name_that_is_not_valid_unicode_fails_its_line_only()
    {
        var path = Path.Combine(temp, "names.jsonl");
        File.WriteAllText(path, "{\"\\udc00\": \"\", \"title\": \"T\", \"body\": \"B\"}\n{\"title\": \"ok\", \"body\": \"fine\"}\n");
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(new ReadFailure($"{path}:1", "a field name is not valid Unicode (a lone surrogate escape such as \\udc00)", IntakeErrorCodes.InvalidJson), results[0].Failure);
        Assert.Equal("ok", results[1].Record!.Title);
    }

    /// <summary>Found beside the one above: a lone surrogate escape in a list's value threw where one in a text field is a failure.</summary>
    [Fact]
    public void A_list_value_that_is_not_valid_unicode_fails_its_line_only()
    {
        var path = Path.Combine(temp, "persons.jsonl");
        File.WriteAllText(path, "{\"title\": \"T\", \"body\": \"B\", \"persons\": [\"Rao \\ud800\"]}\n{\"title\": \"ok\", \"body\": \"fine\"}\n");
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(new ReadFailure($"{path}:1", "field 'persons' holds text that is not valid Unicode", IntakeErrorCodes.InvalidField), results[0].Failure);
        Assert.Equal("ok", results[1].Record!.Title);
    }

    [Fact]
    public void A_line_over_5_MB_is_one_failure_and_reading_goes_on()
    {
        var path = Path.Combine(temp, "long.jsonl");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("{\"title\": \"ok\", \"body\": \"first\"}\n");
            writer.Write("{\"title\": \"huge\", \"body\": \"");
            writer.Write(new string('x', 6 * 1024 * 1024));
            writer.Write("\"}\n");
            writer.Write("{\"title\": \"after\", \"body\": \"third\"}");
        }
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("ok", results[0].Record!.Title);
        Assert.Equal(new ReadFailure($"{path}:2", "line is 6.0 MB; the limit for one JSON line is 5 MB", IntakeErrorCodes.TooLarge), results[1].Failure);
        Assert.Equal("after", results[2].Record!.Title);
        Assert.Equal("long-3", results[2].Record!.Id);
    }

    [Fact]
    public void Invalid_utf8_in_a_line_fails_that_line_only()
    {
        var path = Path.Combine(temp, "latin1.jsonl");
        var good = "{\"title\": \"Hội nghị\", \"body\": \"Nội dung.\"}\n"u8.ToArray();
        var bad = Encoding.Latin1.GetBytes("{\"title\": \"caf\u00e9\", \"body\": \"x\"}\n");
        File.WriteAllBytes(path, [.. good, .. bad, .. good]);
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal([true, false, true], results.Select(r => r.IsRecord));
        Assert.Equal("not valid UTF-8 at byte 14 of the line; save the file as UTF-8", results[1].Failure!.Reason);
        Assert.Equal("vi", results[0].Record!.Language);
    }

    /// <summary>An id is the last part of a record's address: one that could not be opened is refused at import.</summary>
    [Fact]
    public void An_id_that_cannot_be_an_address_fails_its_line()
    {
        var path = Path.Combine(temp, "ids.jsonl");
        File.WriteAllLines(path, [
            "{\"id\": \"../../etc/passwd\", \"title\": \"a\", \"body\": \"x\"}",
            "{\"id\": \"..\", \"title\": \"b\", \"body\": \"x\"}",
            "{\"id\": \"a b?c#d\", \"title\": \"c\", \"body\": \"x\"}",
        ]);
        var results = new JsonlRecordReader().Read(path).ToList();
        Assert.Equal("id '../../etc/passwd' contains a slash; ids are the last part of a record's address", results[0].Failure!.Reason);
        Assert.Contains("cannot be an id", results[1].Failure!.Reason);
        Assert.Equal("a b?c#d", results[2].Record!.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void An_empty_file_is_a_failure(string content)
    {
        var path = Path.Combine(temp, "empty.jsonl");
        File.WriteAllText(path, content);
        Assert.Equal(new ReadFailure(path, "file is empty (no JSON lines)", IntakeErrorCodes.EmptyFile), Assert.Single(new JsonlRecordReader().Read(path)).Failure);
    }

    [Fact]
    public void A_missing_file_is_a_failure()
    {
        var path = Path.Combine(temp, "missing.jsonl");
        Assert.Equal(new ReadFailure(path, "file not found", IntakeErrorCodes.NotFound), Assert.Single(new JsonlRecordReader().Read(path)).Failure);
    }
}
