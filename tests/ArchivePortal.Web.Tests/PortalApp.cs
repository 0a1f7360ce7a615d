using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Web.Tests;

/// <summary>The portal over a real SQLite file in a temporary folder, seeded with <see cref="TestRecords"/>.</summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "portal-tests-" + Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Folder, "archive.db");

    /// <summary><c>Archive:ImportWhenEmpty</c> as given to the portal (off by default); null leaves the key out.</summary>
    public string? ImportWhenEmpty { get; init; } = "";

    /// <summary>More configuration for the portal (e.g. Archive:Accounts:…).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    public PortalApp() : this(TestRecords.All) { }

    internal PortalApp(IReadOnlyList<ArchiveRecord> records)
    {
        Directory.CreateDirectory(Folder);
        if (records.Count > 0) Archive.Open(DatabasePath).Store.Upsert(records);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:Database", DatabasePath);
        if (ImportWhenEmpty is not null) builder.UseSetting("Archive:ImportWhenEmpty", ImportWhenEmpty);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Testing");
    }

    /// <summary>A client that keeps redirects visible and sends the given Accept-Language.</summary>
    public HttpClient Client(string? acceptLanguage = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (acceptLanguage is not null) client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
