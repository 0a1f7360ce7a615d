namespace ArchivePortal.Cli;

/// <summary>
/// The options each verb takes. An option a verb does not know is a mistake in how it was called
/// (a typo, or an option of another verb): said at once with the ones it takes, rather than
/// silently ignored while the command does something other than what was meant.
/// </summary>
internal static class VerbOptions
{
    /// <summary>Taken by every verb.</summary>
    static readonly string[] Everywhere = ["db", "authorities", "help", "h"];

    static readonly Dictionary<string, string[]> ByVerb = new()
    {
        ["import"] = [],
        ["search"] = ["json", "limit", "offset", "sort"],
        ["eval"] = [],
        ["stats"] = [],
        ["reindex"] = [],
        ["authorities"] = ["kind", "provisional"],
        ["facets"] = ["expand", "filter", "json", "lang", "limit"],
        ["bench"] = ["corpus", "queries", "rounds"],
        ["load"] = ["clients", "pid", "queries", "seconds", "url"],
        ["crawl"] = ["concurrency", "contact", "delay", "max-bytes", "max-pages", "retries", "retry-delay", "scope", "since", "timeout"],
        ["crawl-report"] = [],
        ["backup"] = [],
        ["restore"] = [],
        ["user"] = ["lang", "password", "role"],
        ["bulk-tag"] = ["add", "filter", "remove", "user", "yes"],
        ["revert"] = ["user"],
        ["changes"] = ["authority", "limit", "record", "user"],
        ["saved"] = ["digest", "filter", "lang", "limit", "name"],
        ["digest"] = ["dry-run", "public-url"],
    };

    /// <exception cref="CliUsageException">An option the verb does not take, naming those it takes.</exception>
    public static void Check(CliArguments cli)
    {
        if (!ByVerb.TryGetValue(cli.Verb, out var own)) return; // an unknown verb is said by the dispatch
        foreach (var name in cli.OptionNames)
        {
            if (Everywhere.Contains(name, StringComparer.OrdinalIgnoreCase) || own.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var takes = string.Join(", ", own.Concat(["db", "authorities"]).Select(o => "--" + o));
            throw new CliUsageException($"{cli.Verb} does not take --{name}; it takes {takes}.");
        }
    }
}
