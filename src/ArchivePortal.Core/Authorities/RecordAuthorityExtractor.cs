using System.Security.Cryptography;
using System.Text;
using ArchivePortal.Core.Records;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Files a record under authorities at import: what its metadata declares is kept as given (a
/// name nobody knows becomes a provisional authority); the publishing institution comes from the
/// metadata, else the source's web domain; a web page of a site no authority knows gets a
/// provisional institution named from the site, never one its text merely mentions (news about the
/// National Library of China is mostly published by others). A record without a web address (a
/// file) is filed under the institutions its title names, else the one its text names most; persons are every known name in any script plus names found by title patterns
/// (provisional, and merged across scripts by their romanized key); topics are those whose signal
/// words occur often enough. Not thread-safe: the store calls it from its one writer.
/// </summary>
public sealed class RecordAuthorityExtractor(AuthorityRegistry registry)
{
    /// <summary>A topic needs this score (title hit 3, body hit 1) to be assigned.</summary>
    const int TopicThreshold = 2;
    const int MaxTopics = 6;

    public (RecordAuthorities Links, List<Authority> Changed) Extract(ArchiveRecord record)
    {
        var changed = new List<Authority>();
        var titleKey = registry.Keys.Of(record.Title);
        var bodyKey = registry.Keys.Of(record.Body);
        // 國家圖書館 in a page from Taiwan is its National Central Library, on the mainland the National Library of China.
        var where = registry.ContextOf(record);
        var titleInstitutions = Ids(AuthorityKinds.Institution, titleKey, where);
        var bodyInstitutions = Ids(AuthorityKinds.Institution, bodyKey, where);

        var institutions = new List<string>();
        if (!string.IsNullOrWhiteSpace(record.Institution))
            institutions.Add(Declared(AuthorityKinds.Institution, record.Institution, record.Language, changed, where));
        else if (ByDomain(record.SourceUrl) is { } domainId)
            institutions.Add(domainId);
        else if (SiteName(record.SourceUrl) is { } site)
            institutions.Add(Provisional(AuthorityKinds.Institution, site, registry.Keys.Of(site), record.Language, changed));
        else if (titleInstitutions.Count > 0)
            institutions.AddRange(titleInstitutions.Distinct());
        else if (bodyInstitutions.Count > 0)
            institutions.Add(bodyInstitutions.GroupBy(i => i).OrderByDescending(g => g.Count()).First().Key);

        var persons = record.Persons.Select(p => Declared(AuthorityKinds.Person, p, record.Language, changed)).ToList();
        persons.AddRange(Ids(AuthorityKinds.Person, titleKey).Concat(Ids(AuthorityKinds.Person, bodyKey)));
        foreach (var name in PersonNamePatterns.Find(record.Title + "\n" + record.Body, registry.Keys.FoldScript))
            persons.Add(Provisional(AuthorityKinds.Person, name, registry.PersonKey(name), record.Language, changed));

        var topics = record.Topics.Select(t => Declared(AuthorityKinds.Topic, t, record.Language, changed)).ToList();
        topics.AddRange(TopicScores(titleKey, bodyKey).Where(t => t.Score >= TopicThreshold)
            .OrderByDescending(t => t.Score).Take(MaxTopics).Select(t => t.Id));

        // Archivists' decisions: a merged authority's records are filed under the one it became,
        // a rejected one's under none.
        List<string> Filed(string kind, IEnumerable<string> ids) => ids.Select(id => registry.Canonical(kind, id)).OfType<string>().Distinct().ToList();
        var links = new RecordAuthorities(
            Filed(AuthorityKinds.Institution, institutions),
            Filed(AuthorityKinds.Institution, titleInstitutions.Concat(bodyInstitutions).Concat(institutions)),
            Filed(AuthorityKinds.Person, persons),
            Filed(AuthorityKinds.Topic, topics));
        return (links, changed);
    }

    List<string> Ids(string kind, string key, WritingContext? where = null) => registry.Matcher(kind).FindInKey(key, where).Select(m => m.Id).ToList();

    IEnumerable<(string Id, int Score)> TopicScores(string titleKey, string bodyKey)
    {
        var matcher = registry.Matcher(AuthorityKinds.Topic);
        return matcher.FindInKey(titleKey).Select(m => (m.Id, Score: 3))
            .Concat(matcher.FindInKey(bodyKey).Select(m => (m.Id, Score: 1)))
            .GroupBy(x => x.Id).Select(g => (g.Key, g.Sum(x => x.Score)));
    }

    /// <summary>The host of a web page's address without "www." (news.example.org); null when the record is not a web page.</summary>
    static string? SiteName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.Length == 0) return null;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    string? ByDomain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.ToLowerInvariant();
        return registry.Institutions.FirstOrDefault(a => a.Kind == AuthorityKinds.Institution
            && a.Domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)))?.Id;
    }

    /// <summary>
    /// A name the record's metadata gives: the known authority (a provisional one learns this
    /// spelling of its name), else a provisional one with that name.
    /// </summary>
    string Declared(string kind, string name, string language, List<Authority> changed, WritingContext? where = null)
    {
        name = name.Trim();
        return registry.Resolve(kind, name, where) is { } known
            ? AddName(known, name, language, changed)
            : Provisional(kind, name, kind == AuthorityKinds.Person ? registry.PersonKey(name) : registry.Keys.Of(name), language, changed);
    }

    /// <summary>
    /// The provisional authority filed under <paramref name="key"/>: found again when the same name
    /// comes back in another script (张三 and Zhang San share the key "zhang san"); created otherwise.
    /// </summary>
    string Provisional(string kind, string name, string key, string language, List<Authority> changed)
    {
        if (registry.Resolve(kind, name) is { } known) return AddName(known, name, language, changed);
        if (key.Length > 0 && registry.Resolve(kind, key) is { } sameKey)
            return AddName(sameKey, name, language, changed);
        if (kind == AuthorityKinds.Person && RomanizedOnly(name) is { } romanized)
            return AddName(romanized, name, language, changed);
        var id = ProvisionalId(key.Length > 0 ? key : name);
        if (registry.Get(kind, id) is { } existing) return AddName(existing, name, language, changed);
        var created = new Authority
        {
            Id = id, Kind = kind, Provisional = true,
            Labels = registry.ProvisionalLabels.For(kind, name, language),
        };
        registry.Add(created);
        changed.Add(created);
        return id;
    }

    /// <summary>
    /// The person an English text found first under a Wade–Giles or Hong Kong spelling of this
    /// Chinese name (Chou Hsiao-wen, then 周曉雯), so that the order of import does not split one
    /// person in two. Only a person known by no Chinese name yet: two Chinese names may share a
    /// romanization, and are then two people.
    /// </summary>
    Authority? RomanizedOnly(string chineseName) =>
        registry.RegionalRomanizations(chineseName)
            .Select(r => registry.Resolve(AuthorityKinds.Person, r))
            .FirstOrDefault(a => a is not null && !a.Names.Any(n => n.Any(Analysis.Common.TextFolding.IsHan)));

    /// <summary>
    /// Gives a provisional authority the name in a script it did not have yet, and labels in the
    /// languages it lacks (one filed before every language was labelled gets them when filed again).
    /// </summary>
    string AddName(Authority authority, string name, string language, List<Authority> changed)
    {
        if (!authority.Provisional) return authority.Id;
        var updated = registry.ProvisionalLabels.WithName(authority, name, language);
        if (ReferenceEquals(updated, authority)) return authority.Id;
        registry.Add(updated);
        changed.RemoveAll(a => a.Kind == updated.Kind && a.Id == updated.Id);
        changed.Add(updated);
        return authority.Id;
    }

    static string ProvisionalId(string key)
    {
        var slug = new string(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        if (slug.Length >= 2 && key.All(c => c < 128)) return "p-" + slug;
        return "p-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10].ToLowerInvariant();
    }
}
