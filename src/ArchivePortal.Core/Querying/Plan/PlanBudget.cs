namespace ArchivePortal.Core.Querying.Plan;

/// <summary>
/// What one query's plan may grow to: how many words and phrases a boolean query searches, and
/// how many other names of the authorities it names are added. Each clause costs a pass over its
/// postings, so without a bound a 1 KB address of distinct words (or of names with many aliases)
/// costs seconds of CPU. Past a bound the rest is left out and the search says so.
/// </summary>
internal sealed class PlanBudget
{
    /// <summary>Words and phrases of a boolean query (plain queries keep to <see cref="QueryPlanner.MaxUnits"/> units).</summary>
    public const int MaxLeaves = QueryPlanner.MaxUnits;

    /// <summary>Other names of authorities added to one query, all authorities together.</summary>
    public const int MaxNames = 128;

    int leaves;
    int names;

    public bool WordsCut { get; private set; }

    public bool NamesCut { get; private set; }

    /// <summary>True when one more word or phrase may be searched.</summary>
    public bool TakeLeaf()
    {
        if (leaves >= MaxLeaves) return !(WordsCut = true);
        leaves++;
        return true;
    }

    /// <summary>True when one more other name may be added.</summary>
    public bool TakeName()
    {
        if (names >= MaxNames) return !(NamesCut = true);
        names++;
        return true;
    }
}
