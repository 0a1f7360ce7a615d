using ArchivePortal.Core.Authorities;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive authorities list [--kind K] [--provisional]</c> and <c>archive authorities show &lt;id&gt;</c>.</summary>
internal static class AuthoritiesCommand
{
    public static int Run(CliArguments cli)
    {
        using var archive = ArchiveOpener.OpenForReading(cli);
        var action = cli.Positional.FirstOrDefault() ?? "list";
        switch (action)
        {
            case "list":
            {
                var kind = cli.Option("kind");
                if (kind is not null && !AuthorityKinds.All.Contains(kind))
                    throw new CliUsageException($"--kind takes {string.Join(", ", AuthorityKinds.All)}, not “{kind}”.");
                var table = new Table().AddColumns("kind", "id", "zh", "en", "vi", "");
                foreach (var a in archive.Authorities.All.Where(a => (kind is null || a.Kind == kind) && (!cli.Flag("provisional") || a.Provisional)))
                    table.AddRow(a.Kind, Markup.Escape(a.Id), Markup.Escape(a.Labels.GetValueOrDefault("zh") ?? ""),
                        Markup.Escape(a.Labels.GetValueOrDefault("en") ?? ""), Markup.Escape(a.Labels.GetValueOrDefault("vi") ?? ""),
                        a.Provisional ? "[yellow]provisional[/]" : "");
                AnsiConsole.Write(table);
                return 0;
            }
            case "show":
            {
                if (cli.Positional.Count < 2) throw new CliUsageException("authorities show needs an id or a name, e.g. authorities show rao-quan.");
                var wanted = string.Join(' ', cli.Positional.Skip(1));
                var found = AuthorityKinds.All.Select(k => archive.Authorities.Resolve(k, wanted)).OfType<Authority>().ToList();
                if (found.Count == 0)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]No authority is called “{wanted}”.[/]");
                    return 1;
                }
                foreach (var a in found) Show(a, archive.Authorities);
                return 0;
            }
            default:
                throw new CliUsageException($"authorities takes list or show, not “{action}”.");
        }
    }

    static void Show(Authority a, AuthorityRegistry registry)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{a.Label("en")}[/]  {a.Kind} {a.Id}{(a.Provisional ? "  (provisional: found at import, to be confirmed)" : "")}");
        foreach (var (lang, label) in a.Labels) AnsiConsole.MarkupLineInterpolated($"  {lang}: {label}");
        if (a.Aliases.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"  also: {string.Join(", ", a.Aliases.Select(n => a.NameScopes.TryGetValue(n, out var scope) ? $"{n} (only {scope})" : n))}");
        var generated = registry.MatchNames(a).Except(a.Names).Except(a.Signals).ToList();
        if (generated.Count > 0) AnsiConsole.MarkupLineInterpolated($"  romanized: {string.Join(", ", generated)}");
        if (a.Signals.Count > 0) AnsiConsole.MarkupLineInterpolated($"  signals: {string.Join(", ", a.Signals)}");
        if (a.Domains.Count > 0) AnsiConsole.MarkupLineInterpolated($"  domains: {string.Join(", ", a.Domains)}");
        if (a.Region is not null) AnsiConsole.MarkupLineInterpolated($"  region: {a.Region}");
    }
}
