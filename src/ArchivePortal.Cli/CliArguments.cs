namespace ArchivePortal.Cli;

/// <summary>
/// The parsed command line: a verb, positional arguments and --options. Options take the next
/// argument as their value unless they are known switches; "--" ends the options.
/// </summary>
public sealed class CliArguments
{
    static readonly HashSet<string> Switches = ["json", "help", "h", "verbose", "yes", "dry-run", "provisional"];

    public string Verb { get; private init; } = "";
    public List<string> Positional { get; } = [];
    readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);

    public static CliArguments Parse(string[] args)
    {
        var result = new CliArguments { Verb = args.Length > 0 ? args[0] : "" };
        bool optionsEnded = false;
        for (int i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (!optionsEnded && a == "--") { optionsEnded = true; continue; }
            if (!optionsEnded && a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                var eq = name.IndexOf('=');
                if (eq > 0) { result.options[name[..eq]] = name[(eq + 1)..]; continue; }
                // A switch, or an option followed by another option, takes no value: --provisional --kind x.
                if (Switches.Contains(name) || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2)
                {
                    result.options[name] = "true";
                    continue;
                }
                result.options[name] = args[++i];
                continue;
            }
            result.Positional.Add(a);
        }
        return result;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>The names of the options given (without their dashes).</summary>
    public IEnumerable<string> OptionNames => options.Keys;

    public bool Flag(string name) => options.TryGetValue(name, out var v) && v != "false";

    /// <summary>An integer option; throws a <see cref="CliUsageException"/> naming the option when it is not one.</summary>
    public int IntOption(string name, int fallback, int min = 0, int max = int.MaxValue)
    {
        var v = Option(name);
        if (v is null) return fallback;
        if (!int.TryParse(v, out var n) || n < min || n > max)
            throw new CliUsageException($"--{name} takes a whole number from {min} to {max}, not “{v}”.");
        return n;
    }

    /// <summary>
    /// The database path: --db (typed in a shell, so from the working directory), else the
    /// Archive__Database environment variable, else index-data/archive.db, both taken from the
    /// archive's home folder as the portal takes them (<see cref="Storage.ArchiveHome"/>).
    /// </summary>
    public string DatabasePath => Option("db") is { } typed
        ? Path.GetFullPath(typed)
        : Storage.ArchiveHome.Resolve(Environment.GetEnvironmentVariable("Archive__Database") ?? Storage.Archive.DefaultPath);

    /// <summary>The authority folder: --authorities, else none named (the archive's own, or the home's content/authorities for a new one).</summary>
    public string? AuthoritiesFolder => Option("authorities") is { } typed ? Path.GetFullPath(typed) : null;
}

/// <summary>A mistake in how the command was called; printed with the usage, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
