using ArchivePortal.Core.Search;
using ArchivePortal.Storage.Facets;
using ArchivePortal.Storage.Search;

namespace ArchivePortal.Storage.Tests;

/// <summary>
/// A page of a search in language turns, picked from each language's best only, must be exactly the
/// page of the whole turn order, or records would shift or repeat between pages.
/// </summary>
public class LanguageTurnsPageTests
{
    static readonly string[] Languages = ["en", "zh", "zh-Hant", "vi"];

    static List<Candidate> Matches(int seed, int count)
    {
        var random = new Random(seed);
        // Languages unevenly spread, few distinct values: the turns and every tie-break are exercised.
        return Enumerable.Range(1, count).Select(i => new Candidate(
            i, random.Next(4) / 2.0f, new RecordFacts(Languages[Math.Min(random.Next(6), 3)], null, "news", $"202{random.Next(3)}-0{random.Next(1, 4)}-01", RecordFacetLinks.None))
        {
            Coverage = random.Next(3), ExactCoverage = random.Next(2),
        }).ToList();
    }

    /// <summary>The whole turn order, written plainly: zh and zh-Hant are one language, turns counted per language and coverage.</summary>
    static IEnumerable<Candidate> AllInTurns(List<Candidate> matches) => matches
        .GroupBy(m => (Language: m.Language.StartsWith("zh", StringComparison.Ordinal) ? "zh" : m.Language, m.Coverage))
        .SelectMany(g => g.Order(ResultOrder.Relevance).Select((m, turn) => (Match: m, Turn: turn)))
        .OrderByDescending(x => x.Match.Coverage).ThenBy(x => x.Turn).ThenBy(x => x.Match, ResultOrder.Relevance)
        .Select(x => x.Match);

    [Fact]
    public void Every_page_is_the_page_of_the_whole_turn_order()
    {
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var matches = Matches(seed, 300);
            foreach (var (offset, limit) in new[] { (0, 10), (10, 10), (40, 20), (290, 10), (295, 10), (300, 10), (0, 0), (0, 1000) })
            {
                var expected = AllInTurns(matches).Skip(offset).Take(limit).Select(c => c.RowId);
                Assert.Equal(expected, ResultPage.Select(matches, SearchSort.Relevance, hasText: true, offset, limit, balanceLanguages: true).Select(c => c.RowId));
            }
        }
    }

    [Fact]
    public void Sorting_by_date_is_not_taken_in_turns()
    {
        var matches = Matches(1, 100);
        Assert.Equal(ResultPage.Select(matches, SearchSort.Newest, true, 0, 20).Select(c => c.RowId),
            ResultPage.Select(matches, SearchSort.Newest, true, 0, 20, balanceLanguages: true).Select(c => c.RowId));
    }
}
