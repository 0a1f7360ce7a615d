using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using ArchivePortal.Web.Accounts;
using ArchivePortal.Web.Caching;
using ArchivePortal.Web.Endpoints;
using ArchivePortal.Web.Records;
using ArchivePortal.Web.Search;

namespace ArchivePortal.Web.Hosting;

/// <summary>The portal's services, middleware and routes, so that Program.cs stays a list of calls.</summary>
public static class PortalExtensions
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Curate", AccessPolicies.Curate);
            o.Conventions.AuthorizeFolder("/Saved", AccessPolicies.SignedIn);
        });
        builder.AddAccounts();
        // The request log names every address, and a feed's address holds its owner's secret token:
        // requests are not logged, whatever the configuration (without appsettings.json, ASP.NET
        // Core logs each one at Information).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        // Chinese and Vietnamese text as characters, not as numeric entities (the default encodes all but Basic Latin).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddPortalCache();
        builder.Services.AddPortalCompression();
        builder.Services.AddSingleton<ArchiveHealthProbe>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArchiveHealthProbe>());
        // One instance: it keeps its last answer a minute.
        builder.Services.AddSingleton(sp => new DatabaseIntegrityCheck(sp.GetRequiredService<Storage.Archive>().Database));
        builder.Services.AddHealthChecks()
            .AddCheck<ArchiveHealthCheck>("archive")
            .AddCheck<DatabaseIntegrityCheck>("database-pages", tags: [DatabaseIntegrityCheck.OnDemand]);
        builder.Services.AddSingleton<QueryVariants>();
        builder.Services.AddSingleton(sp =>
        {
            var archive = sp.GetRequiredService<Storage.Archive>();
            return new Storage.Search.IndexSpelling(archive.SearchIndex, archive.Analyzer, archive.Authorities);
        });
        builder.Services.AddSingleton<DidYouMean>();
        builder.Services.AddSingleton<PortalSearch>();
        builder.Services.AddSingleton<Facets.FacetValueSearch>();
        builder.Services.AddSingleton<PortalHome>();
        builder.Services.AddSingleton<RecordPages>();
        builder.Services.AddSingleton<SearchTrails>();
        builder.Services.AddSingleton(sp => new RecordHighlighter(sp.GetRequiredService<Storage.Archive>().Analyzer, sp.GetRequiredService<Storage.Archive>().Authorities));
        builder.Services.AddSingleton<Curation.AuthorityChoices>();
        builder.Services.AddSingleton<Curation.CurationCache>();
        builder.Services.AddSingleton<PublicBaseUrl>();
        builder.Services.AddSingleton(sp => new Storage.Feeds.FeedTokens(sp.GetRequiredService<Storage.Archive>().Database));
        builder.Services.AddSingleton(sp => new Storage.Feeds.SavedSearchStore(sp.GetRequiredService<Storage.Archive>().Database, sp.GetRequiredService<Storage.Feeds.FeedTokens>()));
        builder.Services.AddSingleton(sp => new Storage.Feeds.FeedRecords(sp.GetRequiredService<Storage.Archive>().Database));
        builder.Services.AddSingleton<Feeds.FeedWriter>();
        builder.Services.AddSingleton<Feeds.FeedResponder>();
        // Links in mails need the portal's public address (no request to take it from).
        var publicUrl = new Uri(builder.Configuration["Archive:PublicUrl"] is { Length: > 0 } url ? url : "http://127.0.0.1:5000/");
        builder.Services.AddSingleton(sp => new Storage.Feeds.Digests(sp.GetRequiredService<Storage.Archive>().Database,
            sp.GetRequiredService<Storage.Search.LuceneSearchIndex>(), sp.GetRequiredService<Storage.Feeds.FeedTokens>(), publicUrl));
        if (Feeds.DigestService.Settings(builder.Configuration) is { } smtp)
            builder.Services.AddSingleton<Storage.Feeds.IDigestMailer>(new Storage.Feeds.SmtpDigestMailer(smtp));
        builder.Services.AddHostedService<Feeds.DigestService>();
        builder.Services.AddSingleton(new SitemapPaging());
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseAllowedMethods();
        app.UseSecurityHeaders();
        // Outside the output cache and the static files, so that both go out compressed.
        app.UseResponseCompression();
        // A status without a body (no route for the address, a page past the last) gets a portal page.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePortalStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        // Before the output cache: a signed-in request is never answered from it nor stored in it.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseGenerationCheck();
        app.UseOutputCache();
        app.UseMiddleware<WorkGate>();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorPages();
        Records.Citations.CitationEndpoints.MapCitations(app);
        app.MapSearchApi();
        app.MapDiscovery();
        app.MapUiLanguage();
        Feeds.FeedEndpoints.MapFeeds(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(DatabaseIntegrityCheck.OnDemand) });
        app.MapHealthChecks("/health/full");
        return app;
    }
}
