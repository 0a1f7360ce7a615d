namespace ArchivePortal.Cli.Tests;

/// <summary>Flags never swallow the option after them (issue 14: --provisional took --kind as its value).</summary>
public class CliArgumentsTests
{
    [Fact]
    public void A_flag_before_an_option_leaves_the_option_its_value()
    {
        var cli = CliArguments.Parse(["authorities", "list", "--provisional", "--kind", "institution"]);

        Assert.True(cli.Flag("provisional"));
        Assert.Equal("institution", cli.Option("kind"));
        Assert.Equal(["list"], cli.Positional);
    }

    [Fact]
    public void An_option_without_a_value_before_another_option_is_a_flag()
    {
        var cli = CliArguments.Parse(["bulk-tag", "x", "--unknown-flag", "--user", "ada"]);

        Assert.True(cli.Flag("unknown-flag"));
        Assert.Equal("ada", cli.Option("user"));
        Assert.Equal(["x"], cli.Positional);
    }

    [Fact]
    public void A_negative_query_word_is_still_a_value()
    {
        var cli = CliArguments.Parse(["search", "library", "--limit", "5", "--", "-archive"]);

        Assert.Equal("5", cli.Option("limit"));
        Assert.Equal(["library", "-archive"], cli.Positional);
    }
}
