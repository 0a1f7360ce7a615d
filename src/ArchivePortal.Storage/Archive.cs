using ArchivePortal.Core.Analysis;
using ArchivePortal.Storage.Records;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage;

/// <summary>The database, the analyzer and the store and index over them: what the CLI and the portal open.</summary>
public sealed class Archive
{
    public required ArchiveDatabase Database { get; init; }
    public required ArchiveAnalyzer Analyzer { get; init; }
    public required IArchiveStore Store { get; init; }
    public required ISearchIndex Index { get; init; }

    /// <summary>The default database location, relative to the working directory.</summary>
    public const string DefaultPath = "index-data/archive.db";

    public static Archive Open(string path, ArchiveAnalyzer? analyzer = null, Action<string>? log = null)
    {
        var database = ArchiveDatabase.Open(path);
        analyzer ??= ArchiveAnalyzer.CreateDefault(log: log);
        return new Archive
        {
            Database = database,
            Analyzer = analyzer,
            Store = new SqliteArchiveStore(database, analyzer),
            Index = new SqliteSearchIndex(database, analyzer),
        };
    }
}
