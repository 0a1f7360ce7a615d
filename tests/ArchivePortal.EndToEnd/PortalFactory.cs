using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArchivePortal.EndToEnd;

/// <summary>The portal over one database, with no start-up import, served by Kestrel on a free loopback port for the browser.</summary>
sealed class PortalFactory(string database) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel and returns the portal's address (no trailing slash).</summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:Database", database);
        builder.UseSetting("Archive:ImportWhenEmpty", "");
        builder.UseEnvironment("Testing");
    }
}
