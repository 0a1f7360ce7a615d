using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;
using Microsoft.Data.Sqlite;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A snippet is the first sentence that has every word of the query. A word that names an
/// authority is searched by all of its names (NLC, National Library of China, 国家图书馆), and a
/// sentence has that word when it has any of them: waiting for a sentence with all of them, which
/// hardly any has, analyzed every body of a results page whole.
/// </summary>
public sealed class NamedAuthoritySnippetTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "named-snippet-" + Guid.NewGuid().ToString("N"));
    readonly Archive archive;

    public NamedAuthoritySnippetTests()
    {
        var authorities = Path.Combine(dir, "authorities");
        Directory.CreateDirectory(authorities);
        File.WriteAllText(Path.Combine(authorities, "institutions.yml"), """
            - id: nlc
              labels: {zh: 中国国家图书馆, en: National Library of China}
              aliases:
                - 国家图书馆
                - NLC
              region: CN
            """);
        archive = Archive.Open(Path.Combine(dir, "archive.db"), authoritiesFolder: authorities);
    }

    public void Dispose()
    {
        archive.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_snippet_starts_at_the_first_mention_by_any_name()
    {
        archive.Store.Upsert([new ArchiveRecord
        {
            Id = "report", Language = "en", Type = "news", Title = "Annual report",
            Body = "The NLC opened a reading room for children in the spring. "
                + string.Join(" ", Enumerable.Repeat("Filler text without names.", 12))
                + " The National Library of China also held a seminar on ancient books.",
        }]);

        var hit = archive.Index.Search(new SearchRequest { Query = "nlc" }).Hits.Single();

        Assert.StartsWith("The <mark>NLC</mark> opened a reading room", hit.SnippetHtml);
        Assert.DoesNotContain("seminar", hit.SnippetHtml);
    }
}
