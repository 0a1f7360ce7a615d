namespace ArchivePortal.Core.Spelling;

/// <summary>
/// A query with misspelled words corrected, and where the corrected words stand in it (so a page
/// can show them marked, as "Did you mean: <b>library</b> meeting?").
/// </summary>
public sealed record SpellingSuggestion(string Query, IReadOnlyList<Range> Changed)
{
    /// <summary>The query cut into its parts, each saying whether it was corrected.</summary>
    public IEnumerable<(string Text, bool Corrected)> Parts()
    {
        int at = 0;
        foreach (var r in Changed)
        {
            var (start, length) = r.GetOffsetAndLength(Query.Length);
            if (start > at) yield return (Query[at..start], false);
            yield return (Query.Substring(start, length), true);
            at = start + length;
        }
        if (at < Query.Length) yield return (Query[at..], false);
    }
}
