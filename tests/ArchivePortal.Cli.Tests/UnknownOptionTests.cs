namespace ArchivePortal.Cli.Tests;

/// <summary>
/// Unknown options and values are mistakes said at once, with what is valid (issue 14, operator
/// experience): `facets --expand bogus` printed the ordinary facets, and a mistyped option was ignored.
/// </summary>
public class UnknownOptionTests
{
    [Fact]
    public async Task An_option_the_verb_does_not_take_is_refused_with_the_ones_it_takes()
    {
        using var dir = new TempDirectory();

        var (code, output) = await ArchiveCli.RunAsync("search", "library", "--limt", "5", "--db", dir.File("archive.db"));

        Assert.Equal(2, code);
        Assert.Contains("search does not take --limt; it takes --json, --limit, --offset, --sort, --db, --authorities.", output);
        Assert.False(File.Exists(dir.File("archive.db")));
    }

    [Fact]
    public async Task An_unknown_facet_to_expand_is_refused_with_the_facets()
    {
        using var dir = new TempDirectory();

        var (code, output) = await ArchiveCli.RunAsync("facets", "library", "--expand", "bogus", "--db", dir.File("archive.db"));

        Assert.Equal(2, code);
        Assert.Contains("--expand takes one of institution, person, topic, year, month, lang, type, not “bogus”.", output);
    }

    [Fact]
    public void Every_option_a_command_reads_is_one_its_verb_takes()
    {
        // The table and the commands must not drift apart: parse each verb's documented options.
        foreach (var (verb, option) in new[] { ("crawl", "retry-delay"), ("bulk-tag", "yes"), ("digest", "dry-run"), ("load", "clients") })
            VerbOptions.Check(CliArguments.Parse([verb, "--" + option, "x"]));
    }
}
