using ArchivePortal.Storage;
using ArchivePortal.Storage.Accounts;
using Spectre.Console;

namespace ArchivePortal.Cli.Commands;

/// <summary>
/// <c>archive user add|list|disable|enable|reset-password|set-role</c>: the portal's accounts.
/// A password is read from standard input (its first line) or prompted for without echo, never
/// taken as an argument: arguments are visible to every user of the machine and kept in shell history.
/// </summary>
internal static class UserCommand
{
    public static int Run(CliArguments cli)
    {
        var action = cli.Positional.Count > 0 ? cli.Positional[0] : "";
        var users = new UserStore(ArchiveDatabase.Open(cli.DatabasePath));
        try
        {
            switch (action)
            {
                case "list":
                    List(users);
                    return 0;
                case "add":
                    var role = Role(cli.Option("role") ?? throw new CliUsageException("user add needs --role admin|archivist|staff."));
                    Report("added", users.Add(Name(cli, action), role, Password(cli, "Password")));
                    return 0;
                case "disable":
                    Report("disabled", users.SetDisabled(Name(cli, action), disabled: true));
                    return 0;
                case "enable":
                    Report("enabled", users.SetDisabled(Name(cli, action), disabled: false));
                    return 0;
                case "reset-password":
                    var name = Name(cli, action);
                    if (users.Find(name) is null) throw new AccountException($"There is no account named “{name}”.");
                    Report("new password for", users.ResetPassword(name, Password(cli, "New password")));
                    return 0;
                case "set-email":
                    var whom = Name(cli, action, extra: 1);
                    Report("set the email of", users.SetEmail(whom, cli.Positional[2], cli.Option("lang")));
                    return 0;
                case "set-role":
                    var who = Name(cli, action, extra: 1);
                    Report("changed role of", users.SetRole(who, Role(cli.Positional[2])));
                    return 0;
                default:
                    throw new CliUsageException(action == ""
                        ? "user needs an action: add, list, disable, enable, reset-password, set-email or set-role."
                        : $"Unknown user action “{action}”: add, list, disable, enable, reset-password, set-email or set-role.");
            }
        }
        catch (AccountException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }

    static void List(UserStore users)
    {
        var table = new Table().AddColumn("name").AddColumn("role").AddColumn("state").AddColumn("created").AddColumn("last sign-in");
        foreach (var u in users.List())
        {
            var state = u.Disabled ? "disabled" : u.LockedUntil > DateTimeOffset.UtcNow ? $"locked until {u.LockedUntil:yyyy-MM-dd HH:mm} UTC" : "active";
            table.AddRow(Markup.Escape(u.Name), u.Role.Name(), state, u.CreatedAt.ToString("yyyy-MM-dd"), u.LastSignIn?.ToString("yyyy-MM-dd HH:mm") ?? "never");
        }
        AnsiConsole.Write(table);
    }

    static void Report(string what, UserAccount user) =>
        AnsiConsole.WriteLine($"{what} {user.Name} ({user.Role.Name()}{(user.Disabled ? ", disabled" : "")}{(user.Email is { } e ? ", " + e : "")})");

    static string Name(CliArguments cli, string action, int extra = 0)
    {
        if (cli.Positional.Count != 2 + extra)
            throw new CliUsageException(extra == 0 ? $"user {action} takes one account name." : $"user {action} takes an account name and a role.");
        return cli.Positional[1];
    }

    static UserRole Role(string text) => UserRoles.TryParse(text, out var role)
        ? role
        : throw new CliUsageException($"“{text}” is not a role: admin, archivist or staff.");

    /// <summary>The first line of standard input when it is redirected, else typed twice at a hidden prompt.</summary>
    static string Password(CliArguments cli, string prompt)
    {
        if (cli.Option("password") is not null)
            throw new CliUsageException("A password is never an argument: pipe it to standard input or type it at the prompt.");
        if (Console.IsInputRedirected)
            return Console.In.ReadLine() ?? throw new AccountException("Standard input ended before a password was read.");
        var first = AnsiConsole.Prompt(new TextPrompt<string>($"{prompt}:").Secret());
        var again = AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret());
        return first == again ? first : throw new AccountException("The two passwords differ; nothing was changed.");
    }
}
