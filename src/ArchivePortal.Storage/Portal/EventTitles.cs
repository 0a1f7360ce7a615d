using System.Text.RegularExpressions;
using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// Whether two titles, often in different languages, name the same event. Words do not survive
/// translation; what does is compared: the authorities a title names (饶权 and Rao Quan are one
/// person, 国家图书馆 and NLC one institution, 古籍保护 and ancient books protection one topic) and
/// its numbers (the year, the session, a count).
/// </summary>
public sealed partial class EventTitles(AuthorityRegistry authorities)
{
    /// <summary>What a title names that reads the same in every language: authority ids and numbers.</summary>
    public IReadOnlySet<string> Anchors(string title)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in AuthorityKinds.All)
            foreach (var match in authorities.Matcher(kind).Find(title))
                anchors.Add(kind + ":" + (authorities.Canonical(kind, match.Id) ?? match.Id));
        foreach (Match number in Numbers().Matches(title)) anchors.Add("#" + number.Value.TrimStart('0'));
        return anchors;
    }

    /// <summary>
    /// Similar: at least two anchors in common, and at least half of the anchors of the title with
    /// fewer. One shared name is not enough: a person appears in many titles of the same week.
    /// </summary>
    public bool Similar(string a, string b)
    {
        var first = Anchors(a);
        var second = Anchors(b);
        var shared = first.Count(second.Contains);
        return shared >= 2 && shared * 2 >= Math.Min(first.Count, second.Count);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
