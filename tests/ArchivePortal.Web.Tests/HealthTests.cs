using System.Net;
using System.Text;
using ArchivePortal.Core.Records;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Web.Tests;

/// <summary>
/// /health says what a visitor would meet (issue 14, finding 9): with the records' pages of the
/// database damaged, every page fails, and so must the health check, though a count still answers.
/// </summary>
public class HealthTests
{
    const string Marker = "HEALTHMARKER";

    static List<ArchiveRecord> Records() => Enumerable.Range(0, 200).Select(i => new ArchiveRecord
    {
        Id = $"health-{i}", Language = "en", Type = "news", Date = new DateOnly(2020, 1, 1).AddDays(i),
        Title = $"{Marker} reading room news {i}",
        Body = $"The reading room {i} opened its doors to readers and archivists alike. " + string.Join(' ', Enumerable.Range(0, 40).Select(k => $"word{(i * 31 + k) % 997}")),
    }).ToList();

    /// <summary>Overwrites every page of the database file that holds a record's title (the records table's rows), leaving the indexes a count reads.</summary>
    static int DamageRecordPages(string databasePath)
    {
        using (var c = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)"; // every page in the main file, none left in the WAL
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools(); // the portal's connections forget the pages they read
        var bytes = File.ReadAllBytes(databasePath);
        const int pageSize = 4096;
        var marker = Encoding.ASCII.GetBytes(Marker);
        int damaged = 0;
        for (int page = 1; page * pageSize < bytes.Length; page++) // page 0 holds the header and the schema
        {
            var span = bytes.AsSpan(page * pageSize, pageSize);
            if (span.IndexOf(marker) < 0) continue;
            for (int k = 0; k < pageSize; k++) span[k] = (byte)(k * 7 + 13);
            damaged++;
        }
        File.WriteAllBytes(databasePath, bytes);
        return damaged;
    }

    [Fact]
    public async Task Health_fails_when_the_records_cannot_be_read_though_a_count_still_answers()
    {
        using var app = new PortalApp(Records());
        var client = app.Client();
        var before = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("Healthy", await before.Content.ReadAsStringAsync());

        Assert.True(DamageRecordPages(app.DatabasePath) > 0);

        using (var c = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False;Mode=ReadOnly"))
        {
            c.Open();
            using var count = c.CreateCommand();
            count.CommandText = "SELECT count(*) FROM records";
            Assert.Equal(200L, (long)count.ExecuteScalar()!); // what the old check asked
        }
        var record = await client.GetAsync("/records/health-5");
        Assert.Equal(HttpStatusCode.InternalServerError, record.StatusCode);
        // The search runs every two seconds in the background; /health says its latest result.
        var health = await client.GetAsync("/health");
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); health.StatusCode == HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(10);)
        {
            await Task.Delay(250);
            health = await client.GetAsync("/health");
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_full_check_runs_sqlites_page_check_on_demand()
    {
        using var app = new PortalApp(Records());
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        DamageRecordPages(app.DatabasePath);

        var full = await client.GetAsync("/health/full");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal("Unhealthy", await full.Content.ReadAsStringAsync());
    }
}
