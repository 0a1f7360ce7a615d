using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Core.Spelling;

/// <summary>
/// The words of a query that name a person or an institution, found as the query planner finds
/// them (the longest run of plain words that is one of their names). Search finds such words
/// through the authority's other names, so they are no misspellings even when no record writes
/// them: "Thu vien Quoc gia Trung Quoc" finds the records of 国家图书馆 and has nothing to correct.
/// </summary>
internal static class NamedWords
{
    /// <summary>As the planner: Thư viện Quốc gia Việt Nam is six words.</summary>
    const int MaxNameWords = 8;

    /// <summary>The kinds the planner widens to their other names.</summary>
    static readonly string[] Kinds = [AuthorityKinds.Person, AuthorityKinds.Institution];

    /// <summary>The indexes of the words that are part of a name.</summary>
    public static HashSet<int> In(IReadOnlyList<QueryWord> words, AuthorityRegistry authorities)
    {
        var named = new HashSet<int>();
        for (int start = 0; start < words.Count; start++)
        {
            int available = 1;
            while (available < MaxNameWords && start + available < words.Count && words[start + available].FollowsWord) available++;
            for (int n = available; n >= 1; n--)
            {
                var text = string.Join(' ', words.Skip(start).Take(n).Select(w => w.Text));
                if (!Kinds.Any(kind => authorities.Matcher(kind).Lookup(text).Count > 0)) continue;
                for (int k = start; k < start + n; k++) named.Add(k);
                break;
            }
        }
        return named;
    }
}
