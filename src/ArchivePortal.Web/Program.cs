using ArchivePortal.Web.Hosting;

// Searches run synchronously on pool threads (Lucene and SQLite have no async reads). With the
// pool's minimum of one thread a core, a burst of them beside an import left /health and cached
// pages waiting seconds for the pool to grow; a few more threads from the start avoid that.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, 8 * Environment.ProcessorCount), completionPorts);

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // The static assets live at the repository root (DESIGN.md layout), not inside the project.
        WebRootPath = WebRoot.Locate(),
    });

    builder.AddArchive();
    builder.AddPortal();

    var app = builder.Build();

    app.UsePortal();
    app.MapPortal();

    app.Run();
    return 0;
}
catch (Exception e) when (StartupFailure.Describe(e) is { } line)
{
    Console.Error.WriteLine(line);
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
