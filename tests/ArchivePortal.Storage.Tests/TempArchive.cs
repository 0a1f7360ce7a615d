using ArchivePortal.Core.Analysis;
using ArchivePortal.Core.Records;
using ArchivePortal.Storage;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>A real SQLite file in a temporary folder, deleted after the test.</summary>
public sealed class TempArchive : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "archive-tests-" + Guid.NewGuid().ToString("N"));

    public Archive Archive { get; }

    public string DatabasePath => Path.Combine(dir, "archive.db");

    public TempArchive(ArchiveAnalyzer? analyzer = null)
    {
        Directory.CreateDirectory(dir);
        Archive = Archive.Open(DatabasePath, analyzer);
    }

    /// <summary>An archive whose only authorities are the institutions of <paramref name="institutionsYaml"/> (the format of <c>content/authorities/institutions.yml</c>).</summary>
    public static TempArchive WithInstitutions(string institutionsYaml) => new(institutionsYaml);

    TempArchive(string institutionsYaml)
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "institutions.yml"), institutionsYaml);
        Archive = Archive.Open(DatabasePath, authoritiesFolder: authorities);
    }

    public TempArchive With(params ArchiveRecord[] records)
    {
        Archive.Store.Upsert(records);
        return this;
    }

    public List<string> Ids(string query, int limit = 10) =>
        Archive.Index.Search(new Core.Search.SearchRequest { Query = query, Limit = limit }).Hits.Select(h => h.Id).ToList();

    public static ArchiveRecord Record(string id, string lang, string title, string body, string? date = null,
        string? institution = null, string type = "news", string[]? persons = null) => new()
    {
        Id = id, Language = lang, Title = title, Body = body,
        Date = date is null ? null : DateOnly.Parse(date), Institution = institution, Type = type,
        Persons = persons ?? [],
    };

    public void Dispose()
    {
        Archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
