using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

/// <summary>Every bad input becomes a failure with a reason a user can act on; nothing throws.</summary>
public sealed class BadInputTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-ingest-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    static ReadFailure FailureOf(string path)
    {
        var reader = RecordReaderRegistry.Default.Find(path);
        Assert.NotNull(reader);
        var result = Assert.Single(reader.Read(path));
        Assert.False(result.IsRecord, $"expected a failure, got {result}");
        Assert.Equal(path, result.Failure!.Origin);
        return result.Failure;
    }

    [Theory]
    [InlineData("gbk-capture.txt", "undecodable_text", "not valid UTF-8 at byte 0; save the file as UTF-8")]
    [InlineData("gbk-undeclared.html", "undecodable_text", "not valid UTF-8 at byte 19; save the file as UTF-8")]
    [InlineData("empty.md", "empty_file", "file is empty")]
    [InlineData("whitespace-only.txt", "empty_file", "file is empty (only whitespace)")]
    [InlineData("image-renamed.txt", "binary_file", "binary file (NUL bytes, first at byte 8); expected UTF-8 text")]
    [InlineData("utf16.txt", "utf16_text", "file is UTF-16 text; save it as UTF-8")]
    [InlineData("unclosed-front-matter.md", "invalid_front_matter", "front matter: the '---' on line 1 has no closing '---' line")]
    [InlineData("bad-date.md", "invalid_field", "front matter: date '2021-13-45' is not a date; write it as YYYY-MM-DD")]
    [InlineData("bad-lang.md", "invalid_field", "front matter: lang 'fr' is not one of zh, zh-Hant, en, vi")]
    [InlineData("list-title.md", "invalid_field", "front matter: 'title' must be a single value, not a list")]
    [InlineData("no-title.md", "no_title", "no title: add 'title:' to the front matter or start the text with a '# heading'")]
    [InlineData("unknown-charset.html", "unknown_charset", "declares charset 'x-klingon', which cannot be decoded; save the file as UTF-8")]
    [InlineData("navigation-only.html", "no_article", "no article text found outside navigation, header, footer and sidebars")]
    public void Reports_a_clear_reason_with_a_stable_code(string file, string code, string reason) =>
        Assert.Equal((code, reason), (FailureOf(SharedData.TestData(file)).Code, FailureOf(SharedData.TestData(file)).Reason));

    [Theory]
    [InlineData("bad-yaml.md", "front matter: YAML error at line 4: ")]
    [InlineData("tab-yaml.md", "front matter: YAML error at line 4: ")]
    [InlineData("unclosed-list.md", "front matter: YAML error: malformed YAML")]
    public void Malformed_yaml_is_reported_with_its_line_in_the_file(string file, string start)
    {
        var reason = FailureOf(SharedData.TestData(file)).Reason;
        Assert.StartsWith(start, reason);
        Assert.DoesNotContain("Idx:", reason);
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(temp, "huge.md");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
        Assert.Equal(("too_large", "file is 50.0 MB; the limit for a single document is 10 MB"), (FailureOf(path).Code, FailureOf(path).Reason));
    }

    [Fact]
    public void A_missing_file_is_a_failure() =>
        Assert.Equal("file not found", FailureOf(Path.Combine(temp, "gone.txt")).Reason);

    [Fact]
    public void An_invalid_byte_after_a_bom_is_reported_at_its_offset_in_the_file()
    {
        var path = Path.Combine(temp, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'T', (byte)'i', 0xFF, (byte)'\n']);
        Assert.Equal("not valid UTF-8 at byte 5; save the file as UTF-8", FailureOf(path).Reason);
    }

    // Found by the fuzz tests (issue 14): each of these threw out of the reader, or made a record without a title.

    [Fact]
    public void A_page_declaring_utf7_is_refused_with_its_charset()
    {
        // .NET refuses to decode UTF-7 at all (NotSupportedException, not the ArgumentException of an unknown name).
        var path = Path.Combine(temp, "utf7.html");
        File.WriteAllBytes(path, [0x80, .. "<meta charset=utf-7><h1>T</h1><p>Body</p>"u8]); // 0x80: not UTF-8, so the declared charset applies
        Assert.Equal("declares charset 'utf-7', which cannot be decoded; save the file as UTF-8", FailureOf(path).Reason);
    }

    [Fact]
    public void An_alias_without_an_anchor_in_front_matter_is_a_yaml_error()
    {
        var path = Path.Combine(temp, "alias.md");
        File.WriteAllText(path, "---\n: *: *a\n---\nText.\n");
        Assert.StartsWith("front matter: YAML error", FailureOf(path).Reason);
    }

    [Fact]
    public void A_text_whose_first_line_is_only_full_stops_has_no_title()
    {
        var path = Path.Combine(temp, "stops.txt");
        File.WriteAllText(path, "。。\n");
        Assert.Equal("no title: the first line left after removing page chrome has no words", FailureOf(path).Reason);
    }

    [Fact]
    public void A_canonical_link_that_system_uri_cannot_parse_is_left_out()
    {
        // Uri.TryCreate throws IndexOutOfRangeException on some hosts with bidi controls (dotnet/runtime#1487).
        var path = Path.Combine(temp, "canonical.html");
        File.WriteAllText(path, "<link rel=\"canonical\" href=\"file://&#x202A;\"><h1>Title</h1><p>Body text.</p>");
        var result = Assert.Single(RecordReaderRegistry.Default.Find(path)!.Read(path));
        Assert.Equal("Title", result.Record!.Title);
        Assert.Null(result.Record.SourceUrl);
    }
}
