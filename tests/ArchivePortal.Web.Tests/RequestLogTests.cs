using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// A feed's address carries its owner's secret token: it must not reach the request log, even when
/// the portal runs without appsettings.json (started from another folder), where ASP.NET Core logs
/// every request at Information.
/// </summary>
public sealed class RequestLogTests : IDisposable
{
    readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Feed_tokens_stay_out_of_the_log_without_appsettings()
    {
        var logs = new LogLines();
        using var portal = app.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Information")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information") // what no appsettings.json means
            .ConfigureLogging(l => l.AddProvider(logs)));
        var client = portal.CreateClient();

        await client.GetAsync("/feeds/secret-token-4711.atom");
        await client.GetAsync("/search?q=library");

        Assert.DoesNotContain(logs.All(), line => line.Contains("secret-token-4711"));
        Assert.NotEmpty(logs.All()); // the log itself still runs
    }
}
