using System.Text.RegularExpressions;
using ArchivePortal.Core.Authorities;

namespace ArchivePortal.Storage.Portal;

/// <summary>
/// What a title names that reads the same in every language, by kind: the authorities it names
/// (饶权 and Rao Quan are one person, 国家图书馆 and NLC one institution, 古籍保护 and ancient books
/// protection one topic) and its numbers (a session, a count; not a year, which the date says).
/// </summary>
public sealed record TitleAnchors(IReadOnlySet<string> Institutions, IReadOnlySet<string> Persons, IReadOnlySet<string> Topics, IReadOnlySet<string> Numbers)
{
    IEnumerable<string> All => Institutions.Select(i => "i:" + i).Concat(Persons.Select(p => "p:" + p))
        .Concat(Topics.Select(t => "t:" + t)).Concat(Numbers.Select(n => "#" + n));

    /// <summary>
    /// The titles name different events: both name an institution and none is the same, or both
    /// name a topic and none is the same (the Shanghai Library's training course on digitization
    /// is not its agreement on reading promotion signed the same week).
    /// </summary>
    public bool Contradicts(TitleAnchors other) =>
        Disjoint(Institutions, other.Institutions) || Disjoint(Topics, other.Topics);

    /// <summary>
    /// The titles name the same things: at least two anchors in common and at least half of those of
    /// the title with fewer, and no contradiction. One shared name is not enough: a library's director
    /// is in a dozen titles a week.
    /// </summary>
    public bool IsSimilarTo(TitleAnchors other)
    {
        var mine = All.ToHashSet(StringComparer.Ordinal);
        var theirs = other.All.ToList();
        var shared = theirs.Count(mine.Contains);
        return shared >= 2 && shared * 2 >= Math.Min(mine.Count, theirs.Count) && !Contradicts(other);
    }

    /// <summary>
    /// Titles of the same event told from two sides (a visit reported by the visitor's library and by
    /// the host): both name a person they share, and the titles are <see cref="IsSimilarTo">similar</see>.
    /// A person filed under both records but named in neither title says nothing of the event: a
    /// generic topic word ("seminar", "exhibition") and a shared name in the body matched many a week.
    /// </summary>
    public bool TellsTheSameEventAs(TitleAnchors other) => Persons.Overlaps(other.Persons) && IsSimilarTo(other);

    static bool Disjoint(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b);
}

/// <summary>Reads the <see cref="TitleAnchors"/> of titles with the authorities' matchers.</summary>
public sealed partial class EventTitles(AuthorityRegistry authorities)
{
    public TitleAnchors Of(string title) => new(
        Named(AuthorityKinds.Institution, title), Named(AuthorityKinds.Person, title), Named(AuthorityKinds.Topic, title),
        Numbers().Matches(title).Select(m => m.Value.TrimStart('0')).Where(n => !IsYear(n)).ToHashSet(StringComparer.Ordinal));

    HashSet<string> Named(string kind, string title) =>
        authorities.Matcher(kind).Find(title).Select(m => authorities.Canonical(kind, m.Id) ?? m.Id).ToHashSet(StringComparer.Ordinal);

    static bool IsYear(string n) => n.Length == 4 && n[0] is '1' or '2' && int.Parse(n) is >= 1900 and <= 2099;

    [GeneratedRegex("[0-9]{1,9}")]
    private static partial Regex Numbers();
}
