using System.Text.Encodings.Web;
using System.Text.Json;
using ArchivePortal.Core.Search;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive facets "&lt;query&gt;" [--lang en|zh|vi] [--limit N] [--expand FACET [--filter TEXT]] [--json]</c>:
/// facet counts over every match; --expand lists one facet in full, --filter narrows its values by typed text.
/// </summary>
internal static class FacetsCommand
{
    public static int Run(CliArguments cli)
    {
        var ui = cli.Option("lang") ?? "en";
        if (ui is not ("en" or "zh" or "vi")) throw new CliUsageException($"--lang takes en, zh or vi, not “{ui}”.");
        string[] facets = [FacetNames.Institution, FacetNames.Person, FacetNames.Topic, FacetNames.Year, FacetNames.Month, FacetNames.Language, FacetNames.Type];
        if (cli.Option("expand") is { } expand && !facets.Contains(expand))
            throw new CliUsageException($"--expand takes one of {string.Join(", ", facets)}, not “{expand}”.");
        using var archive = ArchiveOpener.OpenForReading(cli);
        var results = archive.Index.Search(new SearchRequest
        {
            Query = string.Join(' ', cli.Positional),
            Limit = 0,
            FacetLimit = cli.IntOption("limit", 10, 1, 10_000),
            ExpandFacet = cli.Option("expand"),
            FacetFilter = cli.Option("filter"),
        });
        if (cli.Flag("json"))
        {
            var payload = new
            {
                total = results.Total,
                facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, label = v.Label(ui), count = v.Count })),
                sizes = results.FacetSizes,
                messages = results.Messages.Select(m => m.ToString()),
            };
            Console.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        foreach (var m in results.Messages) AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]");
        AnsiConsole.MarkupLineInterpolated($"[bold]{results.Total}[/] records");
        foreach (var (facet, values) in results.Facets)
        {
            if (values.Count == 0) continue;
            var more = results.FacetSizes.GetValueOrDefault(facet) - values.Count;
            AnsiConsole.MarkupLineInterpolated($"[bold]{facet}[/]{(more > 0 ? $" (+{more} more)" : "")}");
            foreach (var v in values) AnsiConsole.MarkupLineInterpolated($"  {v.Label(ui)} [grey]{v.Value}[/] {v.Count}");
        }
        return 0;
    }
}
