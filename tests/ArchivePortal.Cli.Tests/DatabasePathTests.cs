namespace ArchivePortal.Cli.Tests;

/// <summary>
/// Where the command line looks for the database (issue 14, operator experience): the same rule as
/// the portal's, and a clear message instead of an empty database made up for a search.
/// </summary>
public class DatabasePathTests
{
    [Fact]
    public async Task A_search_on_a_missing_database_says_so_and_creates_nothing()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("nothing-here.db");

        var (code, output) = await ArchiveCli.RunAsync("search", "library", "--db", missing);

        Assert.Equal(1, code);
        Assert.Contains($"There is no archive at {missing}", output);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task The_configured_database_is_taken_from_the_repository_folder_like_the_portals()
    {
        using var dir = new TempDirectory();
        var relative = $"index-data/missing-{Guid.NewGuid():N}.db";

        var (code, output) = await ArchiveCli.RunInAsync(dir.Path, new Dictionary<string, string> { ["Archive__Database"] = relative }, "stats");

        Assert.Equal(1, code);
        Assert.Contains($"There is no archive at {Path.Combine(RepositoryPaths.Root, relative)}", output);
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Root, relative)));
    }
}
