namespace ArchivePortal.Core.Authorities;

/// <summary>The kinds of authority records, which are also facet names.</summary>
public static class AuthorityKinds
{
    public const string Institution = "institution";
    public const string Person = "person";
    public const string Topic = "topic";

    public static readonly IReadOnlyList<string> All = [Institution, Person, Topic];
}

/// <summary>
/// A person, institution or topic with one stable id and its names in every language:
/// 饶权 = 饒權 = Rao Quan. Facets count ids and show the label in the visitor's language.
/// </summary>
public sealed record Authority
{
    public required string Id { get; init; }

    /// <summary><see cref="AuthorityKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Display label per language code (zh, en, vi).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Other names and abbreviations (NLC, 国图, Director Rao is not one: titles are not names).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>For topics: words and phrases that signal the topic in a text, in any language.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];

    /// <summary>For institutions: web domains whose pages they publish (nlc.cn).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>For institutions: the region it is in (CN, TW, HK, MO, VN); pages from its domains were written there.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// Names (labels or aliases, as written) that name this authority only in some scripts or regions,
    /// because they name another authority elsewhere; a name not listed names it everywhere.
    /// </summary>
    public IReadOnlyDictionary<string, NameScope> NameScopes { get; init; } = new Dictionary<string, NameScope>();

    /// <summary>Found by a pattern at import, not entered by anyone: shown for review.</summary>
    public bool Provisional { get; init; }

    /// <summary>Rejected by an archivist: no record is filed under it, now or at any later import.</summary>
    public bool Rejected { get; init; }

    /// <summary>Merged by an archivist into the authority with this id, which its records are filed under instead.</summary>
    public string? MergedInto { get; init; }

    /// <summary>
    /// The same authority in every field, lists and labels compared by their contents (the record's
    /// own equality compares the lists as references): re-reading an unchanged one is then free.
    /// </summary>
    public bool SameAs(Authority other) =>
        Id == other.Id && Kind == other.Kind && Provisional == other.Provisional && Rejected == other.Rejected && MergedInto == other.MergedInto
        && Labels.Count == other.Labels.Count && Labels.All(l => other.Labels.TryGetValue(l.Key, out var v) && v == l.Value)
        && Aliases.SequenceEqual(other.Aliases) && Signals.SequenceEqual(other.Signals) && Domains.SequenceEqual(other.Domains)
        && Region == other.Region && NameScopes.Count == other.NameScopes.Count
        && NameScopes.All(n => NameScope.Same(n.Value, other.NameScopes.GetValueOrDefault(n.Key)));

    /// <summary>Every name this authority is known by: labels, then aliases.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Names => Labels.Values.Concat(Aliases).Distinct();

    /// <summary>The label in <paramref name="language"/>, else English, else any.</summary>
    public string Label(string language) =>
        Labels.GetValueOrDefault(language) ?? Labels.GetValueOrDefault("en") ?? Labels.Values.FirstOrDefault() ?? Id;
}
