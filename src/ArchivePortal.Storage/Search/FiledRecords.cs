using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying.Plan;
using ArchivePortal.Storage.Facets;

namespace ArchivePortal.Storage.Search;

/// <summary>
/// An <see cref="AuthorityNode"/> as the row ids of the records it stands for: those filed under the
/// authority (its publisher's records rank first) and those whose text names it.
/// </summary>
internal sealed record FiledRecordsNode(IReadOnlySet<long> Filed, IReadOnlySet<long> Naming) : PlanNode;

/// <summary>
/// Puts the records of each authority a plan names in place of its <see cref="AuthorityNode"/>s. The
/// index holds no authority ids (filing a record anew never re-indexes its text), so they come
/// from the records' facts in memory, once per snapshot and authority.
/// </summary>
internal static class FiledRecords
{
    // Lazy: the first searches after an import may all name the same institution at once; one of
    // them reads the facts, the others wait for it instead of each reading all of them too.
    static readonly ConditionalWeakTable<RecordFactsSnapshot, ConcurrentDictionary<(string Kind, string Id), Lazy<FiledRecordsNode>>> Known = new();

    public static QueryPlan Resolve(QueryPlan plan, RecordFactsSnapshot snapshot)
    {
        if (!Has(plan.Match) && !plan.Units.Any(Has) && !Has(plan.Exclude)) return plan;
        var nodes = Known.GetOrCreateValue(snapshot);
        PlanNode Map(PlanNode node) => node switch
        {
            AuthorityNode a => nodes.GetOrAdd((a.Kind, a.Id), key => new Lazy<FiledRecordsNode>(() => Of(snapshot, key.Kind, key.Id))).Value,
            AnyNode any => new AnyNode(any.Children.Select(Map).ToList()),
            AllNode all => new AllNode(all.Children.Select(Map).ToList(), all.Excluded.Select(Map).ToList()),
            _ => node,
        };
        // Units and their exact forms are compared by reference (an unexpanded unit is its exact form).
        var units = plan.Units.Select(Map).ToList();
        var exact = plan.ExactUnits.Select((e, i) => ReferenceEquals(e, plan.Units[i]) ? units[i] : Map(e)).ToList();
        return new QueryPlan
        {
            Match = plan.Match is null ? null : Map(plan.Match),
            Units = units,
            ExactUnits = exact,
            Bonus = plan.Bonus.Select(Map).ToList(),
            Together = plan.Together,
            MinimumMatch = plan.MinimumMatch,
            Exclude = plan.Exclude is null ? null : Map(plan.Exclude),
            Terms = plan.Terms,
            Messages = plan.Messages,
            NothingSearchable = plan.NothingSearchable,
        };
    }

    static bool Has(PlanNode? node) => node switch
    {
        AuthorityNode => true,
        AnyNode any => any.Children.Any(Has),
        AllNode all => all.Children.Any(Has) || all.Excluded.Any(Has),
        _ => false,
    };

    static FiledRecordsNode Of(RecordFactsSnapshot snapshot, string kind, string id)
    {
        var filed = new HashSet<long>();
        var naming = new HashSet<long>();
        foreach (var (rowId, facts) in snapshot.Facts)
        {
            if (facts.Links.Of(kind).Contains(id)) filed.Add(rowId);
            else if (kind == AuthorityKinds.Institution && facts.Links.MentionedInstitutions.Contains(id)) naming.Add(rowId);
        }
        return new FiledRecordsNode(filed, naming);
    }
}
