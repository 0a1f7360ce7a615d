using ArchivePortal.Storage;
using ArchivePortal.Storage.Portal;
using ArchivePortal.Web.Caching;
using Microsoft.Extensions.Options;

namespace ArchivePortal.Web.Hosting;

/// <summary>Registers the archive (database, store, index) and the start-up import.</summary>
public static class ArchiveExtensions
{
    public static WebApplicationBuilder AddArchive(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ArchiveOptions>()
            .BindConfiguration(ArchiveOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            // Validated here (not only at start): the archive is opened while the middleware is
            // built, and an empty Archive:Database must be named, not opened as a folder.
            var options = sp.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("ArchivePortal.Archive");
            var authorities = Resolve(options.Authorities);
            var archive = Archive.Open(Resolve(options.Database), log: m => log.LogWarning("{Message}", m),
                authoritiesFolder: Directory.Exists(authorities) ? authorities : null,
                indexPath: string.IsNullOrWhiteSpace(options.Index) ? null : Resolve(options.Index));
            // IndexFollower catches up with other processes' writes; visitors' searches never wait for it.
            archive.SearchIndex.SearchesCatchUp = false;
            return archive;
        });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Archive>().Authorities);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Archive>().Store);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Archive>().Index);
        builder.Services.AddSingleton(sp => (Storage.Search.LuceneSearchIndex)sp.GetRequiredService<Archive>().Index);
        builder.Services.AddSingleton(sp => new PortalRecords(sp.GetRequiredService<Archive>().Database, sp.GetRequiredService<Archive>().Analyzer, sp.GetRequiredService<Archive>().SearchIndex, sp.GetRequiredService<Archive>().Authorities));
        builder.Services.AddSingleton(sp => new ArchiveGeneration(sp.GetRequiredService<Archive>().Database, sp.GetRequiredService<Archive>().SearchIndex));
        builder.Services.AddSingleton<PortalImporter>();
        builder.Services.AddHostedService<ArchiveStartup>();
        builder.Services.AddHostedService<IndexFollower>();
        return builder;
    }

    /// <summary>Relative paths are taken from the archive's home folder, by the command line's rule too, so both find index-data/ from any working directory.</summary>
    public static string Resolve(string path) => ArchiveHome.Resolve(path);
}
