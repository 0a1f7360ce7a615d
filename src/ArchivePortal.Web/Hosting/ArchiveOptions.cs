using System.ComponentModel.DataAnnotations;

namespace ArchivePortal.Web.Hosting;

/// <summary>The <c>Archive</c> configuration section (environment: <c>Archive__Database</c> …).</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The SQLite file; relative paths are resolved against the repository (or working) directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "";

    /// <summary>The Lucene.Net index folder; empty for the default, beside the database (archive.db → archive.index).</summary>
    public string? Index { get; set; }

    /// <summary>The authority files (institutions.yml, persons.yml, topics.yml); relative to the repository directory.</summary>
    public string Authorities { get; set; } = "content/authorities";

    /// <summary>
    /// A folder imported at start-up when the database holds no records; empty to skip (the benchmark
    /// does). The default is here as well as in appsettings.json, which is not found when the portal
    /// is started from another working directory (<c>dotnet …/ArchivePortal.Web.dll</c>).
    /// </summary>
    public string? ImportWhenEmpty { get; set; } = "content";
}
