using System.Reflection;
using System.Text.RegularExpressions;
using ArchivePortal.Ingest.Intake;

namespace ArchivePortal.Ingest.Tests.Intake;

/// <summary>The one catalogue of intake codes: each has an English text to translate from, and the README lists it.</summary>
public sealed class ErrorCatalogueTests
{
    public static IReadOnlyList<string> Codes { get; } =
        [.. typeof(IntakeErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Fact]
    public void Codes_are_distinct_snake_case_words()
    {
        Assert.Equal(Codes.Count, Codes.Distinct().Count());
        Assert.All(Codes, c => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", c));
    }

    [Fact]
    public void Every_code_has_an_english_text_and_no_text_is_for_an_unknown_code()
    {
        Assert.Equal([], Codes.Where(c => !IntakeErrorTexts.English.ContainsKey(c)).ToArray());
        Assert.Empty(IntakeErrorTexts.English.Keys.Except(Codes));
    }

    [Fact]
    public void The_crawl_codes_stored_in_databases_keep_their_names()
    {
        // A sample of codes already stored in crawl state tables and read by scripts: renaming one would orphan them.
        Assert.Equal(
            ["not_found", "too_large", "undecodable_text", "no_article", "robots_disallowed", "noindex", "html_too_deep", "older_than_since"],
            new[] { IntakeErrorCodes.NotFound, IntakeErrorCodes.TooLarge, IntakeErrorCodes.UndecodableText, IntakeErrorCodes.NoArticle,
                IntakeErrorCodes.RobotsDisallowed, IntakeErrorCodes.NoIndex, IntakeErrorCodes.HtmlTooDeep, IntakeErrorCodes.OlderThanSince });
    }

    [Fact]
    public void The_readme_lists_every_code()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot().FullName, "README.md"));
        Assert.Equal([], Codes.Where(c => !Regex.IsMatch(readme, $@"\|\s*`{c}`\s*\|")).ToArray());
    }

    [Fact]
    public void An_unknown_code_from_a_newer_database_shows_as_itself() =>
        Assert.Equal("some_future_code", IntakeErrorTexts.For("some_future_code"));
}
