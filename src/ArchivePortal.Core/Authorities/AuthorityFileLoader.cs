using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Reads <c>institutions.yml</c>, <c>persons.yml</c> and <c>topics.yml</c> from a folder. Every file
/// is read and checked before anything is returned, so an import never starts with half the
/// authorities; a problem names the file, the line and what is wrong.
/// </summary>
public static class AuthorityFileLoader
{
    static readonly (string File, string Kind)[] Files =
    [
        ("institutions.yml", AuthorityKinds.Institution),
        ("persons.yml", AuthorityKinds.Person),
        ("topics.yml", AuthorityKinds.Topic),
    ];

    static readonly HashSet<string> KnownKeys = ["id", "labels", "aliases", "signals", "domains", "region"];
    static readonly HashSet<string> Languages = ["zh", "en", "vi"];

    /// <summary>All authorities in <paramref name="folder"/>; a missing file contributes none.</summary>
    public static List<Authority> LoadFolder(string folder)
    {
        var all = new List<Authority>();
        var seen = new Dictionary<string, string>();
        foreach (var (file, kind) in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) continue;
            foreach (var (authority, line) in Load(path, kind))
            {
                var key = kind + ":" + authority.Id;
                if (seen.TryGetValue(key, out var first))
                    throw new AuthorityFileException(path, line, $"id “{authority.Id}” is used twice (first at {first}).");
                seen[key] = $"line {line}";
                all.Add(authority);
            }
        }
        return all;
    }

    public static List<(Authority Authority, long Line)> Load(string path, string kind)
    {
        YamlStream yaml = new();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new AuthorityFileException(path, e.Start.Line, "not valid YAML: " + e.Message);
        }
        if (yaml.Documents.Count == 0) return [];
        if (yaml.Documents[0].RootNode is not YamlSequenceNode list)
            throw new AuthorityFileException(path, yaml.Documents[0].RootNode.Start.Line, "expected a list of entries (lines starting with “- id: …”).");
        var result = new List<(Authority, long)>();
        foreach (var node in list)
        {
            if (node is not YamlMappingNode entry)
                throw new AuthorityFileException(path, node.Start.Line, "expected an entry with id and labels.");
            result.Add((Entry(path, kind, entry), entry.Start.Line));
        }
        return result;
    }

    static Authority Entry(string path, string kind, YamlMappingNode entry)
    {
        AuthorityFileException Problem(YamlNode at, string problem) => new(path, at.Start.Line, problem);
        foreach (var key in entry.Children.Keys)
            if (!KnownKeys.Contains(Scalar(key)))
                throw Problem(key, $"unknown key “{Scalar(key)}” (known: {string.Join(", ", KnownKeys)}).");

        var id = entry.Children.TryGetValue("id", out var idNode) ? Scalar(idNode) : "";
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw Problem(idNode ?? entry, "every entry needs an id of letters, digits, - or _ (e.g. id: rao-quan).");

        if (!entry.Children.TryGetValue("labels", out var labelsNode) || labelsNode is not YamlMappingNode labelsMap || labelsMap.Children.Count == 0)
            throw Problem(labelsNode ?? entry, $"“{id}” needs labels, e.g. labels: {{zh: 饶权, en: Rao Quan}}.");
        var labels = new Dictionary<string, string>();
        foreach (var (k, v) in labelsMap.Children)
        {
            var lang = Scalar(k);
            if (!Languages.Contains(lang)) throw Problem(k, $"label language “{lang}” is not one of zh, en, vi.");
            var label = Scalar(v).Trim();
            if (label.Length == 0) throw Problem(v, $"the {lang} label of “{id}” is empty.");
            labels[lang] = label;
        }

        var signals = List(entry, "signals", Problem);
        if (kind == AuthorityKinds.Topic && signals.Count == 0)
            throw Problem(entry, $"topic “{id}” needs signals: the words that show a text is about it.");
        var (aliases, scopes) = ScopedAliases.Read(entry, id, Problem);
        return new Authority
        {
            Id = id, Kind = kind, Labels = labels,
            Aliases = aliases,
            NameScopes = scopes,
            Signals = signals,
            Domains = List(entry, "domains", Problem),
            Region = Region(entry, id, Problem),
        };
    }

    static string? Region(YamlMappingNode entry, string id, Func<YamlNode, string, AuthorityFileException> problem)
    {
        if (!entry.Children.TryGetValue("region", out var node)) return null;
        var region = Scalar(node).Trim();
        return WritingContext.Regions.Contains(region) ? region
            : throw problem(node, $"the region of “{id}” must be one of {string.Join(", ", WritingContext.Regions)}, not “{region}”.");
    }

    internal static List<string> List(YamlMappingNode entry, string key, Func<YamlNode, string, AuthorityFileException> problem)
    {
        if (!entry.Children.TryGetValue(key, out var node)) return [];
        if (node is YamlScalarNode s && string.IsNullOrEmpty(s.Value)) return [];
        if (node is YamlSequenceNode seq) return seq.Select(n => Scalar(n).Trim()).Where(v => v.Length > 0).ToList();
        // signals may be given per language: {zh: [...], en: [...]}
        if (node is YamlMappingNode map)
            return map.Children.SelectMany(kv => kv.Value is YamlSequenceNode inner
                ? inner.Select(n => Scalar(n).Trim())
                : throw problem(kv.Value, $"“{key}” values must be lists.")).Where(v => v.Length > 0).ToList();
        throw problem(node, $"“{key}” must be a list, e.g. {key}: [a, b].");
    }

    internal static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : "";
}
