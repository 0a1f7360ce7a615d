using ArchivePortal.Core.Records;
using ArchivePortal.Storage;

namespace ArchivePortal.Cli.Tests;

/// <summary>Escape sequences in a record's title or body never reach the terminal of someone searching (issue 14).</summary>
public class TerminalOutputTests
{
    [Fact]
    public async Task Search_output_carries_no_control_characters_from_records()
    {
        using var dir = new TempDirectory();
        var db = dir.File("archive.db");
        using (var archive = Archive.Open(db))
            archive.Store.Upsert([new ArchiveRecord
            {
                Id = "evil\u001b[2J", Language = "en", Type = "news",
                Title = "Library \u001b]0;pwned\u0007 news \u001b[31mred\u001b[0m \u009b1m",
                Body = "The library \u001b[2J cleared the screen\u0008\u0008 of its readers.",
                Institution = "City\u001b[5m Library",
            }]);
        var (code, output) = await ArchiveCli.RunAsync("search", "library", "--db", db);

        Assert.True(code == 0, output);
        Assert.Contains("news", output);
        Assert.Contains("cleared the screen", output);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not ('\n' or '\r'));
    }
}
