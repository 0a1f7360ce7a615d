using YamlDotNet.RepresentationModel;

namespace ArchivePortal.Core.Authorities;

/// <summary>
/// Reads an entry's aliases, where an alias that names another authority elsewhere carries where it
/// names this one: <c>- {name: 國圖, regions: [TW]}</c> beside plain aliases such as <c>- NCL</c>.
/// </summary>
internal static class ScopedAliases
{
    static readonly HashSet<string> KnownKeys = ["name", "scripts", "regions"];

    public static (List<string> Aliases, Dictionary<string, NameScope> Scopes) Read(YamlMappingNode entry, string id,
        Func<YamlNode, string, AuthorityFileException> problem)
    {
        var aliases = new List<string>();
        var scopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        if (!entry.Children.TryGetValue("aliases", out var node) || node is not YamlSequenceNode list)
            return (AuthorityFileLoader.List(entry, "aliases", problem), scopes);
        foreach (var item in list)
        {
            if (item is not YamlMappingNode scoped)
            {
                var alias = AuthorityFileLoader.Scalar(item).Trim();
                if (alias.Length > 0) aliases.Add(alias);
                continue;
            }
            var (name, scope) = Scoped(scoped, id, problem);
            aliases.Add(name);
            scopes[name] = scope;
        }
        return (aliases, scopes);
    }

    static (string Name, NameScope Scope) Scoped(YamlMappingNode alias, string id, Func<YamlNode, string, AuthorityFileException> problem)
    {
        foreach (var key in alias.Children.Keys)
            if (!KnownKeys.Contains(AuthorityFileLoader.Scalar(key)))
                throw problem(key, $"unknown key “{AuthorityFileLoader.Scalar(key)}” in an alias of “{id}” (known: name, scripts, regions).");
        var name = alias.Children.TryGetValue("name", out var nameNode) ? AuthorityFileLoader.Scalar(nameNode).Trim() : "";
        if (name.Length == 0) throw problem(alias, $"an alias of “{id}” with scripts or regions needs a name, e.g. {{name: 國圖, regions: [TW]}}.");
        var scripts = Codes(alias, "scripts", WritingContext.Scripts, name, problem);
        var regions = Codes(alias, "regions", WritingContext.Regions, name, problem);
        if (scripts.Count == 0 && regions.Count == 0)
            throw problem(alias, $"the alias “{name}” of “{id}” names neither scripts nor regions: write it as a plain alias.");
        if (scripts.Count > 0 && !name.Any(Analysis.Common.TextFolding.IsHan))
            throw problem(alias, $"the alias “{name}” of “{id}” has no Chinese characters, so no script can restrict it.");
        return (name, new NameScope(scripts, regions));
    }

    static List<string> Codes(YamlMappingNode alias, string key, IReadOnlySet<string> known, string name,
        Func<YamlNode, string, AuthorityFileException> problem)
    {
        if (!alias.Children.TryGetValue(key, out var node)) return [];
        if (node is not YamlSequenceNode list) throw problem(node, $"“{key}” of the alias “{name}” must be a list, e.g. {key}: [{known.First()}].");
        var codes = new List<string>();
        foreach (var item in list)
        {
            var code = AuthorityFileLoader.Scalar(item).Trim();
            if (!known.Contains(code))
                throw problem(item, $"“{code}” in {key} of the alias “{name}” is not one of {string.Join(", ", known)}.");
            codes.Add(code);
        }
        return codes;
    }
}
