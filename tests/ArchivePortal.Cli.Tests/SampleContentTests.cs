namespace ArchivePortal.Cli.Tests;

/// <summary>The sample archive shows all three languages out of the box (issue 14: the home page said "5 records in 2 languages").</summary>
public class SampleContentTests
{
    [Fact]
    public async Task Content_imports_records_in_chinese_english_and_vietnamese()
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");

        var (code, output) = await ArchiveCli.RunAsync("import", RepositoryPaths.Content, "--db", db);
        Assert.True(code == 0, output);
        var (_, stats) = await ArchiveCli.RunAsync("stats", "--db", db);

        foreach (var language in new[] { "zh", "en", "vi" })
            Assert.Matches($@"│ {language}\s+│\s+[1-9]", stats);
    }
}
