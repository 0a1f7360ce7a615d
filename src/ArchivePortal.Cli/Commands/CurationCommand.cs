using System.Diagnostics;
using ArchivePortal.Core.Authorities;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using ArchivePortal.Storage.Curation;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// Curation from the command line, for archivists with scripts: <c>archive bulk-tag</c> files every
/// record a search matches under an authority (or takes them off it) as one audited change,
/// <c>archive changes</c> lists the audit log and <c>archive revert</c> undoes a change. Each names
/// the archivist it acts for with --user, an account with the archivist or admin role.
/// </summary>
internal static class CurationCommand
{
    public static int BulkTag(CliArguments cli)
    {
        var query = cli.Positional.Count == 1 ? cli.Positional[0] : throw new CliUsageException("bulk-tag takes one query (\"\" for every record).");
        var (add, target) = (cli.Option("add"), cli.Option("remove")) switch
        {
            ({ } a, null) => (true, a),
            (null, { } r) => (false, r),
            _ => throw new CliUsageException("bulk-tag needs one of --add KIND:ID or --remove KIND:ID (kind: institution, person or topic)."),
        };
        if (target.Split(':', 2) is not [var kind, var idOrName] || !AuthorityKinds.All.Contains(kind))
            throw new CliUsageException($"“{target}” is not KIND:ID with kind institution, person or topic.");
        using var archive = ArchiveOpener.Open(cli);
        var user = Archivist(cli, archive);
        var authority = archive.Authorities.Resolve(kind, idOrName);
        if (authority is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No {kind} authority is called “{idOrName}”.[/]");
            return 1;
        }
        var request = new SearchRequest { Query = query, Filters = CliFilters.Parse(cli.Option("filter")) };
        var link = new LinkEdit(kind, authority.Id, add);
        try
        {
            var preview = archive.BulkTagging.Preview(request, link);
            AnsiConsole.WriteLine($"{preview.Matching:N0} records match; {(add ? "adding" : "removing")} {kind}:{authority.Id} changes {preview.Changing:N0} of them");
            if (preview.Changing == 0) return 0;
            if (!cli.Flag("yes") && !(Console.IsInputRedirected ? false : AnsiConsole.Confirm("Apply?", defaultValue: false)))
            {
                AnsiConsole.WriteLine("nothing changed (pass --yes to apply without asking)");
                return 0;
            }
            var clock = Stopwatch.StartNew();
            var change = archive.BulkTagging.Apply(request, link, user.Name);
            archive.SearchIndex.Commit();
            var seen = archive.Index.Search(new SearchRequest { Filters = [new QueryFilter(kind, authority.Id)], Limit = 0 }).Total;
            clock.Stop();
            var changed = change is { } id ? archive.Curation.Change(id, itemLimit: 0)!.ItemCount : 0;
            AnsiConsole.WriteLine($"change {change?.ToString() ?? "none"}: {changed:N0} records in {clock.Elapsed.TotalMilliseconds:F0} ms " +
                                  $"(one transaction, index committed, search sees {seen:N0} records under {kind}:{authority.Id})");
            return 0;
        }
        catch (CurationException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }

    public static int Revert(CliArguments cli)
    {
        if (cli.Positional is not [var text] || !long.TryParse(text, out var changeId))
            throw new CliUsageException("revert takes the number of a change (archive changes lists them).");
        using var archive = ArchiveOpener.Open(cli);
        var user = Archivist(cli, archive);
        try
        {
            var clock = Stopwatch.StartNew();
            var id = archive.Curation.Revert(changeId, user.Name);
            archive.SearchIndex.Commit();
            archive.Index.Search(new SearchRequest { Limit = 0 }); // until search sees it
            var items = archive.Curation.Change(id, itemLimit: 0)!.ItemCount;
            AnsiConsole.WriteLine($"change {id} reverts change {changeId}: {items:N0} fields in {clock.Elapsed.TotalMilliseconds:F0} ms");
            return 0;
        }
        catch (CurationException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }

    public static int Changes(CliArguments cli)
    {
        using var archive = ArchiveOpener.OpenForReading(cli);
        var filter = new ChangeFilter(cli.Option("user"), cli.Option("record"), cli.Option("authority"));
        var table = new Table().AddColumn("#").AddColumn("when (UTC)").AddColumn("user").AddColumn("what").AddColumn(new TableColumn("fields").RightAligned()).AddColumn("state");
        foreach (var c in archive.Curation.Changes(filter, cli.IntOption("limit", 20, 1, 10_000), itemLimit: 3))
        {
            var what = c.Summary.StartsWith("bulk", StringComparison.Ordinal) ? c.Summary : string.Join("; ", c.Items.Select(Describe)) + (c.ItemCount > c.Items.Count ? "; …" : "");
            table.AddRow(c.Id.ToString(), c.At.ToString("yyyy-MM-dd HH:mm"), Markup.Escape(c.User), Markup.Escape(what), c.ItemCount.ToString("N0"),
                c.RevertedBy is { } by ? $"reverted by {by}" : c.Reverts is { } r ? $"reverts {r}" : "");
        }
        AnsiConsole.Write(table);
        return 0;
    }

    static string Describe(ChangeItem i) => i.LinkKind is { } kind
        ? $"{i.TargetId}: {(i.After is null ? "removed" : "added")} {kind} {i.LinkId}"
        : $"{i.TargetId}: {i.Field} “{i.Before ?? "—"}” → “{i.After ?? "—"}”";


    static UserAccount Archivist(CliArguments cli, Archive archive)
    {
        var name = cli.Option("user") ?? throw new CliUsageException("Name the archivist this change is for: --user NAME (an account, see archive user list).");
        var account = new UserStore(archive.Database).Find(name);
        if (account is null || account.Disabled || account.Role < UserRole.Archivist)
            throw new CliUsageException($"“{name}” is not an active archivist or admin account.");
        return account;
    }
}
