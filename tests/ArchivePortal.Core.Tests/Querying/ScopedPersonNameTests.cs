using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Querying.Plan;

namespace ArchivePortal.Core.Tests.Querying;

/// <summary>
/// A person's name restricted to a region is still searched as typed: only an institution has its
/// filed records to stand in for a name another authority bears elsewhere.
/// </summary>
public class ScopedPersonNameTests
{
    [Fact]
    public void A_scoped_person_name_typed_in_its_region_is_searched_as_typed()
    {
        var person = new Authority
        {
            Id = "wang-xiaoming", Kind = AuthorityKinds.Person,
            Labels = new Dictionary<string, string> { ["zh"] = "王小明", ["en"] = "Wang Xiaoming" },
            Aliases = ["王曉鳴"],
            NameScopes = new Dictionary<string, NameScope> { ["王曉鳴"] = new NameScope([], ["TW"]) },
        };
        var plan = Planners.With(person).Plan(QueryParser.Parse("王曉鳴"));

        var unit = PlanKeys.Of(Assert.Single(plan.Units));
        Assert.Contains("王晓鸣", unit); // the name as typed, folded as the index holds it
        Assert.Contains("王小明", unit); // and the person's other name
    }
}
