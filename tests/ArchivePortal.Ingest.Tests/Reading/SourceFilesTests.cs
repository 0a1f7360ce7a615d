using ArchivePortal.Ingest.Intake;
using ArchivePortal.Ingest.Intake.Reading;

namespace ArchivePortal.Ingest.Tests.Reading;

public sealed class SourceFilesTests : IDisposable
{
    readonly string temp = Directory.CreateTempSubdirectory("archiveportal-sources-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    string Touch(string relative)
    {
        var path = Path.Combine(temp, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void Directories_expand_recursively_in_order_skipping_hidden_and_unknown_files()
    {
        Touch("b/2.html");
        Touch("b/1.md");
        Touch("a.txt");
        Touch("c/deep/d.jsonl");
        Touch("c/picture.jpg");
        Touch(".git/config.md");
        Touch("b/.draft.md");
        Touch("e/page.HTM");

        var set = SourceFiles.Expand([temp], RecordReaderRegistry.Default);

        Assert.Empty(set.Failures);
        Assert.Equal(["a.txt", "b/1.md", "b/2.html", "c/deep/d.jsonl", "e/page.HTM"],
            set.Files.Select(f => Path.GetRelativePath(temp, f.Path).Replace('\\', '/')));
        Assert.IsType<PlainTextRecordReader>(set.Files[0].Reader);
        Assert.IsType<MarkdownRecordReader>(set.Files[1].Reader);
        Assert.IsType<HtmlRecordReader>(set.Files[2].Reader);
        Assert.IsType<JsonlRecordReader>(set.Files[3].Reader);
    }

    [Fact]
    public void A_named_file_of_unknown_type_and_a_missing_path_are_failures()
    {
        var pdf = SharedData.TestData("notes.pdf");
        var missing = Path.Combine(temp, "nowhere");
        var set = SourceFiles.Expand([pdf, missing], RecordReaderRegistry.Default);
        Assert.Empty(set.Files);
        Assert.Equal(
        [
            new ReadFailure(pdf, "unsupported file type '.pdf'; the importer reads Markdown (.md, .markdown), text (.txt), HTML (.html, .htm) and JSONL (.jsonl)", IntakeErrorCodes.UnsupportedFileType),
            new ReadFailure(missing, "no such file or directory", IntakeErrorCodes.NotFound),
        ], set.Failures);
    }

    [Fact]
    public void A_file_named_twice_or_also_inside_a_named_directory_is_read_once()
    {
        var file = Touch("x/one.md");
        var set = SourceFiles.Expand([file, Path.Combine(temp, "x"), file], RecordReaderRegistry.Default);
        Assert.Single(set.Files);
    }

    [Fact]
    public void The_dev_collection_expands_to_36_docs_and_8_raw_files()
    {
        var set = SourceFiles.Expand([SharedData.DevDocs, SharedData.DevRaw], RecordReaderRegistry.Default);
        Assert.Equal(44, set.Files.Count);
        Assert.Empty(set.Failures);
    }
}
