using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Search;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary><c>archive search "&lt;query&gt;"</c>: the top hits with snippets, or JSON with --json.</summary>
internal static partial class SearchCommand
{
    public static int Run(CliArguments cli)
    {
        if (cli.Positional.Count == 0) throw new CliUsageException("search needs a query, e.g. archive search \"Rao Quan\".");
        var request = new SearchRequest
        {
            Query = string.Join(' ', cli.Positional),
            Limit = cli.IntOption("limit", 10, 0, 1000),
            Offset = cli.IntOption("offset", 0),
            Sort = ParseSort(cli.Option("sort")),
        };
        using var archive = ArchiveOpener.OpenForReading(cli);
        var results = archive.Index.Search(request);
        if (cli.Flag("json")) PrintJson(results);
        else PrintText(results, request);
        return 0;
    }

    static SearchSort ParseSort(string? value) => value?.ToLowerInvariant() switch
    {
        null or "relevance" => SearchSort.Relevance,
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => throw new CliUsageException($"--sort takes relevance, newest or oldest, not “{value}”."),
    };

    static void PrintText(SearchResults results, SearchRequest request)
    {
        foreach (var m in results.Messages) AnsiConsole.MarkupLineInterpolated($"[yellow]{TerminalText.Clean(m.ToString())}[/]");
        AnsiConsole.MarkupLineInterpolated($"[bold]{results.Total}[/] records match “{TerminalText.Clean(request.Query)}”");
        int rank = request.Offset;
        foreach (var hit in results.Hits)
        {
            rank++;
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLine($"{rank}. [bold]{ToMarkup(hit.TitleHtml)}[/]");
            AnsiConsole.MarkupLineInterpolated($"   [grey]{TerminalText.Clean(hit.Id)} · {hit.Language} · {hit.Date?.ToString("yyyy-MM-dd") ?? "undated"} · {TerminalText.Clean(hit.Type)} · {TerminalText.Clean(hit.Institution)} · score {hit.Score:F2}[/]");
            AnsiConsole.MarkupLine("   " + ToMarkup(hit.SnippetHtml));
        }
        if (results.Facets.Count > 0 && results.Total > 0)
        {
            AnsiConsole.WriteLine();
            foreach (var (name, values) in results.Facets)
                AnsiConsole.MarkupLineInterpolated($"[grey]{name}: {TerminalText.Clean(string.Join(", ", values.Take(10).Select(v => $"{v.Value} ({v.Count})")))}[/]");
        }
    }

    /// <summary>Our snippet HTML has only escaped text and &lt;mark&gt;: show marks as highlighted console text.</summary>
    static string ToMarkup(string html)
    {
        var parts = MarkTag().Split(html);
        var sb = new System.Text.StringBuilder();
        bool marked = false;
        foreach (var part in parts)
        {
            if (part == "<mark>") { sb.Append("[black on yellow]"); marked = true; continue; }
            if (part == "</mark>") { if (marked) sb.Append("[/]"); marked = false; continue; }
            sb.Append(Markup.Escape(TerminalText.Clean(WebUtility.HtmlDecode(part))));
        }
        return sb.ToString();
    }

    [GeneratedRegex("(</?mark>)")]
    private static partial Regex MarkTag();

    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static void PrintJson(SearchResults results)
    {
        var payload = new
        {
            total = results.Total,
            hits = results.Hits.Select(h => new
            {
                id = h.Id, title = h.Title, score = Math.Round(h.Score, 4), snippet = h.SnippetHtml,
                lang = h.Language, date = h.Date?.ToString("yyyy-MM-dd"), institution = h.Institution, type = h.Type,
            }),
            facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
            messages = results.Messages.Select(m => m.ToString()),
        };
        Console.WriteLine(JsonSerializer.Serialize(payload, Json));
    }
}
