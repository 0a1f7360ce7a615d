
namespace ArchivePortal.Cli.Tests;

/// <summary>`archive import` tells scripts when files failed (issue 14): 3 when some did and the rest are in.</summary>
public class ImportExitCodeTests
{
    [Fact]
    public async Task Some_files_failing_exits_with_3_and_keeps_the_good_ones()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("in");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "---\nid: good\ntitle: A good record\nlang: en\n---\nThe library opened.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.md"), "---\nid: [unclosed\ntitle: broken: front: matter\n---\nBody.\n");
        var db = dir.File("archive.db");

        var (code, output) = await ArchiveCli.RunAsync("import", folder, "--db", db);
        var (allBad, _) = await ArchiveCli.RunAsync("import", Path.Combine(folder, "bad.md"), "--db", dir.File("other.db"));
        var (allGood, _) = await ArchiveCli.RunAsync("import", Path.Combine(folder, "good.md"), "--db", dir.File("third.db"));

        Assert.True(code == 3, output);
        Assert.Contains("added 1", output);
        Assert.Equal(1, allBad);
        Assert.Equal(0, allGood);
    }
}
