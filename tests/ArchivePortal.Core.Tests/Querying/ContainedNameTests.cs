using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;

namespace ArchivePortal.Core.Tests.Querying;

/// <summary>
/// An authority's name written in letters that has another of its names among its words ("National
/// Library of China (NLC)") is not searched again: every record it finds, the shorter name finds.
/// Han names stay, each a whole word of its own.
/// </summary>
public class ContainedNameTests
{
    static QueryPlanner Planner() => Planners.With(new Authority
    {
        Id = "nlc", Kind = AuthorityKinds.Institution,
        Labels = new Dictionary<string, string> { ["zh"] = "中国国家图书馆", ["en"] = "National Library of China" },
        Aliases = ["NLC", "National Library of China (NLC)", "中国国家数字图书馆"],
    });

    [Fact]
    public void A_name_with_another_name_in_it_is_not_searched_again()
    {
        var unit = PlanKeys.Of(Assert.Single(Planner().Plan(QueryParser.Parse("nlc")).Units));

        Assert.Contains("nation librari china", unit); // the English name, stemmed
        Assert.DoesNotContain("china nlc", unit);
        Assert.Contains("中国国家图书馆", unit);
        Assert.Contains("中国国家数字图书馆", unit);
    }

    [Fact]
    public void A_name_with_the_typed_name_in_it_is_not_searched_again()
    {
        var unit = PlanKeys.Of(Assert.Single(Planner().Plan(QueryParser.Parse("National Library of China")).Units));

        Assert.Contains("nation librari china", unit); // as typed
        Assert.Contains("nlc", unit);
        Assert.DoesNotContain("china nlc", unit);
        Assert.Contains("中国国家图书馆", unit);
    }
}
