
namespace ArchivePortal.Cli.Tests;

/// <summary>`archive import` names each failure by its stable code (issue 14), as `crawl-report` does for URLs.</summary>
public class ImportFailureCodeTests
{
    [Fact]
    public async Task Each_failure_line_gives_the_path_the_code_and_the_reason()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("in");
        Directory.CreateDirectory(folder);
        var broken = Path.Combine(folder, "broken.md");
        var binary = Path.Combine(folder, "binary.txt");
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "---\nid: good\ntitle: A good record\nlang: en\n---\nThe library opened.\n");
        await File.WriteAllTextAsync(broken, "---\ntitle: Unclosed\nThe text.\n");
        await File.WriteAllBytesAsync(binary, [0x41, 0x00, 0x42]);

        var (_, output) = await ArchiveCli.RunAsync("import", folder, dir.File("missing.md"), "--db", dir.File("archive.db"));

        Assert.Contains($"failed {broken}: invalid_front_matter: front matter: the '---' on line 1 has no closing '---' line", output);
        Assert.Contains($"failed {binary}: binary_file: binary file (NUL bytes, first at byte 1)", output);
        Assert.Contains($"failed {dir.File("missing.md")}: not_found: no such file or directory", output);
    }
}
