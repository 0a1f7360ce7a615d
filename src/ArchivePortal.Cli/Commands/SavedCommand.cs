using System.Text.Json;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Storage.Feeds;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive saved add|import|list</c>: an account's saved searches from the command line (a staff
/// member's alert list brought over from another system, or made by a script), each printed with
/// its feed address (the portal serves it at that path).
/// </summary>
internal static class SavedCommand
{
    public static int Run(CliArguments cli)
    {
        var action = cli.Positional.Count > 0 ? cli.Positional[0] : "";
        var database = ArchiveDatabase.Open(cli.DatabasePath);
        var store = new SavedSearchStore(database, new FeedTokens(database));
        var user = cli.Positional.Count > 1
            ? new UserStore(database).Find(cli.Positional[1]) ?? throw new CliUsageException($"There is no account named “{cli.Positional[1]}”.")
            : throw new CliUsageException("saved needs an action and an account: archive saved add|import|list <user> …");
        var language = cli.Option("lang") ?? "en";
        try
        {
            switch (action)
            {
                case "add" when cli.Positional.Count == 3:
                    var query = cli.Positional[2];
                    Print(store, store.Add(user.Id, new SavedSearchDefinition(cli.Option("name") ?? query, query, CliFilters.Parse(cli.Option("filter")), SearchSort.Relevance, language,
                        cli.Option("digest") ?? DigestFrequency.None)));
                    return 0;
                case "import" when cli.Positional.Count == 3:
                    // One JSON object a line: {"text": "query", "name": "…", "filters": "lang:zh,topic:x"}.
                    int added = 0;
                    foreach (var line in File.ReadLines(cli.Positional[2]).Where(l => l.Trim().Length > 0).Take(cli.IntOption("limit", int.MaxValue, 1)))
                    {
                        var o = JsonDocument.Parse(line).RootElement;
                        var text = o.GetProperty("text").GetString() ?? "";
                        var name = o.TryGetProperty("name", out var n) ? n.GetString()! : text;
                        var filters = o.TryGetProperty("filters", out var f) ? f.GetString() : null;
                        Print(store, store.Add(user.Id, new SavedSearchDefinition(name, text, CliFilters.Parse(filters), SearchSort.Relevance, language)));
                        added++;
                    }
                    AnsiConsole.WriteLine($"saved {added:N0} searches for {user.Name}");
                    return 0;
                case "list" when cli.Positional.Count == 2:
                    foreach (var s in store.ListFor(user.Id)) Print(store, s);
                    return 0;
                default:
                    throw new CliUsageException("saved add <user> \"<query>\" [--name N] [--filter F:V,…] [--lang en|zh|vi] [--digest none|daily|weekly] | saved import <user> <file.jsonl> [--limit N] | saved list <user>");
            }
        }
        catch (SavedSearchException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }

    /// <summary>One line a saved search: id, its Atom feed's path, name.</summary>
    static void Print(SavedSearchStore store, SavedSearch s) =>
        AnsiConsole.WriteLine($"{s.Id}\t/feeds/{store.TokenOf(s)}.atom\t{s.Name}");

}
