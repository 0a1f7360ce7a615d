using System.Collections.Concurrent;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Every known authority and a matcher per kind over all their names (labels, aliases, the
/// pinyin of Chinese person names, topic signals). Provisional authorities can be added while
/// it is in use; lookups and matching are thread-safe.
/// </summary>
public sealed class AuthorityRegistry
{
    readonly ConcurrentDictionary<(string Kind, string Id), Authority> byId = new();
    readonly Dictionary<string, AuthorityMatcher> matchers;
    readonly PinyinNames? pinyin;
    readonly RegionalRomanizedNames regional;

    public NameKey Keys { get; }

    /// <summary>The labels in every UI language that filing gives the authorities it finds.</summary>
    public ProvisionalLabels ProvisionalLabels { get; }

    /// <param name="authorities">The authorities from the files and the database.</param>
    /// <param name="foldScript">Traditional → Simplified, so that names compare across scripts; null without ICU.</param>
    /// <param name="toPinyin">Han → pinyin, for the romanized names of Chinese persons; null without ICU.</param>
    /// <param name="segmenter">When given, institutions' names of two characters (abbreviations) are found only where they stand as words.</param>
    public AuthorityRegistry(IEnumerable<Authority> authorities, Func<string, string>? foldScript, Func<string, string>? toPinyin,
        Analysis.Chinese.IChineseWordSegmenter? segmenter = null)
    {
        Keys = new NameKey(foldScript);
        pinyin = toPinyin is null ? null : new PinyinNames(toPinyin);
        regional = new RegionalRomanizedNames(toPinyin);
        // Without ICU a Chinese name has no pinyin label: it is shown as written in every language.
        ProvisionalLabels = new ProvisionalLabels(name => pinyin?.Label(name), Keys.Of);
        var shortWords = segmenter is null ? null : new Analysis.Chinese.ShortWordBoundaries(segmenter);
        // Person names of two characters are names, not abbreviations: 饶权 counts wherever it stands.
        matchers = AuthorityKinds.All.ToDictionary(k => k, k => new AuthorityMatcher(Keys, k == AuthorityKinds.Institution ? shortWords : null));
        foreach (var a in authorities) Add(a);
    }

    public static AuthorityRegistry Empty { get; } = new([], null, null);

    public IEnumerable<Authority> All => byId.Values.OrderBy(a => a.Kind).ThenBy(a => a.Id, StringComparer.Ordinal);

    /// <summary>Institutions, unordered (for domain look-ups on every record).</summary>
    public IEnumerable<Authority> Institutions => byId.Values.Where(a => a.Kind == AuthorityKinds.Institution);

    public Authority? Get(string kind, string id) => byId.GetValueOrDefault((kind, id));

    public AuthorityMatcher Matcher(string kind) => matchers[kind];

    /// <summary>Adds an authority, or replaces one with the same kind and id, and teaches the matcher its names.</summary>
    public void Add(Authority authority)
    {
        var matcher = matchers[authority.Kind];
        var names = MatchNames(authority).ToHashSet(StringComparer.Ordinal);
        // A replaced authority's names it no longer has stop finding it (and those whose scope changed are taught anew).
        if (byId.TryGetValue((authority.Kind, authority.Id), out var old))
            foreach (var gone in MatchNames(old).Where(n => !names.Contains(n) || !NameScope.Same(old.NameScopes.GetValueOrDefault(n), authority.NameScopes.GetValueOrDefault(n))).ToList())
                matcher.Remove(authority.Id, gone);
        byId[(authority.Kind, authority.Id)] = authority;
        foreach (var name in names) matcher.Add(authority.Id, name, authority.NameScopes.GetValueOrDefault(name));
    }

    /// <summary>
    /// The names text is matched against: names, generated romanizations (pinyin; Wade–Giles and
    /// Hong Kong spellings of three-character names), a hyphenated romanized name in its other
    /// order, topic signals.
    /// </summary>
    public IEnumerable<string> MatchNames(Authority a)
    {
        foreach (var n in a.Names) yield return n;
        foreach (var s in a.Signals) yield return s;
        if (a.Kind == AuthorityKinds.Person && pinyin is not null)
            foreach (var zh in a.Names.Where(n => n.All(Analysis.Common.TextFolding.IsHan)))
                foreach (var p in pinyin.Of(zh)) yield return p;
        if (a.Kind != AuthorityKinds.Person) yield break;
        foreach (var n in a.Names)
        {
            if (n.All(Analysis.Common.TextFolding.IsHan))
                foreach (var r in regional.Of(n)) yield return r;
            else if (HyphenatedNameOrder.Swapped(n) is { } otherOrder) yield return otherOrder;
        }
    }

    /// <summary>
    /// The Wade–Giles and Hong Kong spellings of a Chinese person's name (周曉雯 → Chou Hsiao-wen,
    /// Hsiao-wen Chou; 陳大文 → Chan Tai-man …); empty for other names.
    /// </summary>
    public IEnumerable<string> RegionalRomanizations(string chineseName) => regional.Of(chineseName);

    /// <summary>
    /// Resolves an id or any name of an authority of <paramref name="kind"/>; null when unknown or
    /// rejected. A merged authority resolves to the one it was merged into. A name two authorities
    /// share in different places (國家圖書館, 国家图书馆) is the one of <paramref name="where"/>; without
    /// it, of the place the name's own script tells (a filter value, a label typed by an archivist).
    /// </summary>
    public Authority? Resolve(string kind, string idOrName, WritingContext? where = null)
    {
        if (Get(kind, idOrName) is not null) return Canonical(kind, idOrName) is { } id ? Get(kind, id) : null;
        var matcher = matchers[kind];
        var ids = matcher.Lookup(idOrName, where ?? ContextOf(idOrName));
        // A name only used elsewhere still names its authority when nothing else has it.
        if (ids.Count == 0) ids = matcher.Lookup(idOrName);
        // An authority someone entered wins over a provisional one with the same name.
        return ids.Select(id => Canonical(kind, id)).OfType<string>().Distinct()
            .Select(id => Get(kind, id)).OfType<Authority>()
            .OrderBy(a => a.Provisional).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Where a text (a query, a filter value, a name) was written, as its script and the places it names tell.</summary>
    public WritingContext ContextOf(string text)
    {
        var script = Keys.ScriptOf(text);
        return new WritingContext(script, WritingPlaces.OfText(text, script));
    }

    /// <summary>Where a record was written: its page's web domain, else its script and the places it names.</summary>
    public WritingContext ContextOf(Records.ArchiveRecord record)
    {
        // A record declared zh may still be written in Traditional characters: its text tells.
        var script = record.Language == Records.LanguageCodes.TraditionalChinese ? WritingContext.Traditional : Keys.ScriptOf(record.Title + "\n" + record.Body);
        return new WritingContext(script,
            WritingPlaces.OfAddress(record.SourceUrl, Institutions) ?? WritingPlaces.OfText(record.Title + "\n" + record.Body, script));
    }

    /// <summary>
    /// The id records are filed under for <paramref name="id"/>: itself, the authority it was merged
    /// into (followed to the end), or null when it was rejected.
    /// </summary>
    public string? Canonical(string kind, string id)
    {
        for (int hop = 0; hop < 16; hop++) // a merge chain, never a cycle (merging refuses one)
        {
            if (Get(kind, id) is not { } a) return id;
            if (a.Rejected) return null;
            if (a.MergedInto is null) return id;
            id = a.MergedInto;
        }
        return id;
    }

    /// <summary>
    /// True when an entered (non-provisional) authority of the same kind has one of this provisional
    /// authority's names: it was found before the authority files knew the name, and is superseded.
    /// </summary>
    public bool IsSuperseded(Authority provisional) =>
        provisional.Provisional && provisional.Names.Any(n => Resolve(provisional.Kind, n) is { Provisional: false });

    /// <summary>The key under which a provisional person is filed: the pinyin of a Chinese name, else its name key surname first.</summary>
    public string PersonKey(string name)
    {
        if (pinyin is not null && name.All(Analysis.Common.TextFolding.IsHan) && pinyin.Of(name).FirstOrDefault() is { } p)
            return Keys.Of(p);
        return Keys.Of(HyphenatedNameOrder.SurnameFirst(name));
    }

    /// <summary>
    /// The Chinese names of persons and institutions, for the tokenizer's user dictionary. Topic
    /// signals stay out: a compound kept whole (世界读书日) would hide the words inside it.
    /// </summary>
    public IEnumerable<string> ChineseNames() =>
        byId.Values.Where(a => !a.Provisional && a.Kind != AuthorityKinds.Topic).SelectMany(a => a.Names)
            .Where(n => n.Length >= 2 && n.All(Analysis.Common.TextFolding.IsHan));
}
