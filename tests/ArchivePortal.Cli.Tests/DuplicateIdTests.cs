namespace ArchivePortal.Cli.Tests;

/// <summary>
/// `archive import` of two records with one id (issue 14, operator finding): the first is kept, each later one is
/// reported with the file it repeats and a stable code, and the summary counts them.
/// </summary>
public class DuplicateIdTests
{
    [Fact]
    public async Task Duplicates_are_reported_counted_and_the_first_is_kept()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("in");
        Directory.CreateDirectory(folder);
        var first = Path.Combine(folder, "a.md");
        var second = Path.Combine(folder, "b.md");
        var lines = Path.Combine(folder, "c.jsonl");
        await File.WriteAllTextAsync(first, "---\nid: same\ntitle: The first\nlang: en\n---\nRead first.\n");
        await File.WriteAllTextAsync(second, "---\nid: same\ntitle: The second\nlang: en\n---\nRead second.\n");
        await File.WriteAllTextAsync(lines,
            "{\"id\":\"j\",\"lang\":\"en\",\"title\":\"Line one\",\"body\":\"One\"}\n" +
            "{\"id\":\"j\",\"lang\":\"en\",\"title\":\"Line two\",\"body\":\"Two\"}\n");
        var db = dir.File("archive.db");

        var (code, output) = await ArchiveCli.RunAsync("import", folder, "--db", db);
        var (_, search) = await ArchiveCli.RunAsync("search", "second", "--db", db);

        Assert.True(code == 0, output);
        Assert.Contains($"{second}: duplicate_id: id 'same' was already read from {first}", output);
        Assert.Contains($"{lines}:2: duplicate_id: id 'j' was already read from {lines}:1", output);
        Assert.Contains("added 2, updated 0, unchanged 0, failed 0, duplicates 2", output);
        Assert.DoesNotContain("The second", search);
    }
}
