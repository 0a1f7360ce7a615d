using ArchivePortal.Web.Hosting;

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
