using ArchivePortal.Core.Records;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A snippet is the first sentence that has every word of the query. A word that names an
/// authority is searched by all of its names (NLC, National Library of China, 国家图书馆), and a
/// sentence has that word when it has any of them: waiting for a sentence with all of them, which
/// hardly any has, analyzed every body of a results page whole.
/// </summary>
public class NamedAuthoritySnippetTests
{
    [Fact]
    public void The_snippet_starts_at_the_first_mention_by_any_name()
    {
        using var t = TempArchive.WithInstitutions("""
            - id: nlc
              labels: {zh: 中国国家图书馆, en: National Library of China}
              aliases:
                - 国家图书馆
                - NLC
              region: CN
            """);
        t.Archive.Store.Upsert([new ArchiveRecord
        {
            Id = "report", Language = "en", Type = "news", Title = "Annual report",
            Body = "The NLC opened a reading room for children in the spring. "
                + string.Join(" ", Enumerable.Repeat("Filler text without names.", 12))
                + " The National Library of China also held a seminar on ancient books.",
        }]);

        var hit = t.Archive.Index.Search(new SearchRequest { Query = "nlc" }).Hits.Single();

        Assert.StartsWith("The <mark>NLC</mark> opened a reading room", hit.SnippetHtml);
        Assert.DoesNotContain("seminar", hit.SnippetHtml);
    }
}
