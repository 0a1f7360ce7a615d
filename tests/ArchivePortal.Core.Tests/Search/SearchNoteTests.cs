using System.Reflection;
using System.Text.RegularExpressions;
using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Search;

public partial class SearchNoteTests
{
    static IEnumerable<string> AllCodes() =>
        typeof(SearchNotes.Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>Every factory, with arguments, so that each code is built at least once.</summary>
    static IEnumerable<SearchNote> OneOfEach() =>
    [
        SearchNotes.QueryCut(1000), SearchNotes.NoWords("AND"), SearchNotes.UnknownField("body", "meeting"),
        SearchNotes.FieldNeedsValue("lang", "lang:vi"), SearchNotes.Wildcard(), SearchNotes.UnclosedQuote(),
        SearchNotes.StrayParenthesis(), SearchNotes.NestedTooDeep(), SearchNotes.UnclosedParenthesis(),
        SearchNotes.InvalidDate("2021-13"), SearchNotes.WordsCut(64), SearchNotes.OrNotLeftOut(),
        SearchNotes.NothingSearchable(), SearchNotes.SearchFailed(), SearchNotes.Loosened(), SearchNotes.UnknownFilter("colour"), SearchNotes.TooLong(), SearchNotes.NamesCut(128),
    ];

    [Fact]
    public void Every_code_has_an_english_text_and_a_factory()
    {
        var codes = AllCodes().ToList();
        Assert.Equal(codes.Order(), SearchNotes.English.Keys.Order());
        Assert.Equal(codes.Order(), OneOfEach().Select(n => n.Code).Order());
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Every_factory_fills_every_place_of_its_text()
    {
        foreach (var note in OneOfEach())
        {
            var places = Place().Matches(SearchNotes.English[note.Code]).Select(m => m.Value).Distinct().Count();
            Assert.True(places == note.Args.Count, note.Code);
            Assert.DoesNotMatch(Place(), note.ToString());
        }
    }

    [Fact]
    public void English_names_the_arguments()
    {
        Assert.Equal("The query was cut to its first 1000 characters.", SearchNotes.QueryCut(1000).ToString());
        Assert.Equal("“body:” is not a field (use title, institution, person, topic, lang, type or date); “meeting” was searched as words.",
            SearchNotes.UnknownField("body", "meeting").ToString());
        // An argument is inserted as it is, never read as a format: braces in a query are text.
        Assert.Equal("“{0}” has no words to search for; showing every record.", SearchNotes.NoWords("{0}").ToString());
    }

    [Fact]
    public void Notes_are_equal_by_code_and_arguments()
    {
        Assert.Equal(SearchNotes.InvalidDate("abc"), SearchNotes.InvalidDate("abc"));
        Assert.Equal(SearchNotes.InvalidDate("abc").GetHashCode(), SearchNotes.InvalidDate("abc").GetHashCode());
        Assert.NotEqual(SearchNotes.InvalidDate("abc"), SearchNotes.InvalidDate("abd"));
        Assert.Single(new[] { SearchNotes.Wildcard(), SearchNotes.Wildcard() }.Distinct());
    }

    [Fact]
    public void An_unknown_code_still_reads()
    {
        Assert.Equal("later: x", new SearchNote("later", ["x"]).ToString());
        Assert.Equal("later", new SearchNote("later", []).ToString());
    }

    [Fact]
    public void The_parser_gives_codes_with_the_values_it_ignored()
    {
        Assert.Equal([SearchNotes.InvalidDate("2021-13")], QueryParser.Parse("meeting date:2021-13").Messages);
        Assert.Equal([SearchNotes.FieldNeedsValue("lang", "lang:vi")], QueryParser.Parse("lang:").Messages);
        Assert.Equal([SearchNotes.QueryCut(QueryParser.MaxQueryLength)], QueryParser.Parse(new string('a', 1001)).Messages);
        Assert.Equal([SearchNotes.StrayParenthesis(), SearchNotes.UnclosedParenthesis()], QueryParser.Parse("a ) (b").Messages);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Place();
}
