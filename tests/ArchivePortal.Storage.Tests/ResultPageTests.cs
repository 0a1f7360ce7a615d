using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A page picked from the matches without sorting them all must be exactly the page a full sort
/// gives, ties included, or results would shift between pages.
/// </summary>
public class ResultPageTests
{
    static List<Candidate> Matches(int seed, int count)
    {
        var random = new Random(seed);
        // Few distinct values, so that every key ties often and the later keys decide.
        return Enumerable.Range(1, count).Select(i => new Candidate(
            i, random.Next(4) / 2.0f, new RecordFacts("en", null, "news", random.Next(5) == 0 ? null : $"202{random.Next(3)}-0{random.Next(1, 4)}-1{random.Next(3)}", RecordFacetLinks.None))
        {
            Coverage = random.Next(3), ExactCoverage = random.Next(2),
        }).ToList();
    }

    /// <summary>The order as it was written with LINQ's stable sort over matches in row id order.</summary>
    static IEnumerable<Candidate> FullSort(List<Candidate> list, SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.Newest => list.OrderByDescending(x => x.Date ?? "", StringComparer.Ordinal).ThenByDescending(x => x.Score),
        SearchSort.Oldest => list.OrderBy(x => x.Date ?? "9999", StringComparer.Ordinal).ThenByDescending(x => x.Score),
        _ when !hasText => list.OrderByDescending(x => x.Date ?? "", StringComparer.Ordinal).ThenByDescending(x => x.RowId),
        _ => list.OrderByDescending(x => x.Coverage).ThenByDescending(x => x.ExactCoverage)
            .ThenByDescending(x => x.Score).ThenByDescending(x => x.Date ?? "", StringComparer.Ordinal),
    };

    [Theory]
    [InlineData(SearchSort.Relevance, true)]
    [InlineData(SearchSort.Relevance, false)]
    [InlineData(SearchSort.Newest, true)]
    [InlineData(SearchSort.Oldest, true)]
    public void Every_page_is_the_page_of_a_full_sort(SearchSort sort, bool hasText)
    {
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var matches = Matches(seed, 300);
            foreach (var (offset, limit) in new[] { (0, 10), (10, 10), (290, 10), (295, 10), (300, 10), (0, 0), (0, 1000) })
            {
                var expected = FullSort(matches, sort, hasText).Skip(offset).Take(limit).Select(c => c.RowId);
                Assert.Equal(expected, ResultPage.Select(matches, sort, hasText, offset, limit).Select(c => c.RowId));
            }
        }
    }
}
