using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public void A_missing_database_path_fails_at_start_naming_the_setting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Archive:Database", ""));
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = e as OptionsValidationException ?? e.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains("Database", validation.Message);
    }

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
