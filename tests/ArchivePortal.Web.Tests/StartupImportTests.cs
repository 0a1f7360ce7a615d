using ArchivePortal.Core.Records;
using ArchivePortal.Storage.Records;
using ArchivePortal.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchivePortal.Web.Tests;

/// <summary>What the start-up imports into an empty archive, and the one log line that says so.</summary>
public sealed class StartupImportTests
{
    static readonly string StartupLog = typeof(ArchiveStartup).FullName!;

    /// <summary>Starts the portal in a working directory without appsettings.json, as <c>dotnet ArchivePortal.Web.dll</c> from the repository root does.</summary>
    static WebApplicationFactory<Program> Start(PortalApp app, LogLines logs)
    {
        var workingDirectory = Directory.CreateDirectory(Path.Combine(app.Folder, "working-directory")).FullName;
        var factory = app.WithWebHostBuilder(b => b.UseContentRoot(workingDirectory).ConfigureLogging(l => l.AddProvider(logs)));
        factory.CreateClient();
        return factory;
    }

    /// <summary>The start-up's lines about the import (a re-index, when the analysis changed, has its own).</summary>
    static IReadOnlyList<string> ImportLines(LogLines logs) =>
        logs.Of(StartupLog).Where(l => l.Contains("import", StringComparison.OrdinalIgnoreCase)).ToList();

    static int Records(WebApplicationFactory<Program> factory) => factory.Services.GetRequiredService<IArchiveStore>().Count();

    [Fact]
    public void Without_the_setting_an_empty_archive_imports_the_repository_content_and_says_what_it_added()
    {
        using var app = new PortalApp([]) { ImportWhenEmpty = null };
        var logs = new LogLines();
        using var factory = Start(app, logs);

        var records = Records(factory);
        Assert.True(records > 0, "nothing was imported");
        var line = Assert.Single(ImportLines(logs));
        Assert.Contains(ArchiveExtensions.Resolve("content"), line);
        Assert.Contains($"added {records},", line);
    }

    [Fact]
    public void An_empty_setting_imports_nothing_and_says_so()
    {
        using var app = new PortalApp([]) { ImportWhenEmpty = "" };
        var logs = new LogLines();
        using var factory = Start(app, logs);

        Assert.Equal(0, Records(factory));
        Assert.Contains("Archive:ImportWhenEmpty is empty", Assert.Single(ImportLines(logs)));
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        using var app = new PortalApp([]) { ImportWhenEmpty = "no-such-folder" };
        var logs = new LogLines();
        using var factory = Start(app, logs);

        Assert.Equal(0, Records(factory));
        var line = Assert.Single(ImportLines(logs));
        Assert.Contains(ArchiveExtensions.Resolve("no-such-folder"), line);
        Assert.Contains("does not exist", line);
    }

    [Fact]
    public void An_archive_with_records_is_left_as_it_is_and_the_line_says_how_many()
    {
        using var app = new PortalApp([new ArchiveRecord { Id = "one", Title = "One record", Body = "Only this.", Language = "en" }]) { ImportWhenEmpty = null };
        var logs = new LogLines();
        using var factory = Start(app, logs);

        Assert.Equal(1, Records(factory));
        Assert.Contains("holds 1 records", Assert.Single(ImportLines(logs)));
    }
}
