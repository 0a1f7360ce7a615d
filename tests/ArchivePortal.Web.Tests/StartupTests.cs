using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArchivePortal.Web.Tests;

public sealed class StartupTests
{
    // An empty Archive:Database is tested on a real process (StartupErrorTests): the portal names
    // the setting in one line and exits with 1, which an in-process factory cannot show.

    [Fact]
    public async Task An_empty_database_imports_the_configured_folder_at_start()
    {
        using var app = new PortalApp([]);
        var content = Path.Combine(app.Folder, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "a.md"), "---\nid: first\ntitle: First record\nlang: en\n---\nHello archive.\n");
        using var factory = app.WithWebHostBuilder(b => b.UseSetting("Archive:ImportWhenEmpty", content));
        var d = await factory.CreateClient().PageAsync("/records/first");
        Assert.Equal("First record", d.Text("h1"));
    }
}
