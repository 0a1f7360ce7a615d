using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;

namespace ArchivePortal.Core.Tests.Querying;

public class QueryParserTests
{
    [Fact]
    public void Plain_words_are_an_implicit_and_without_operators()
    {
        var q = QueryParser.Parse("archives meeting");
        Assert.False(q.IsExplicitBoolean);
        Assert.Equal(new AndNode([new TermNode("archives"), new TermNode("meeting")]), q.Text, new NodeComparer());
    }

    [Fact]
    public void Or_binds_looser_than_and()
    {
        var q = QueryParser.Parse("a b OR c");
        Assert.True(q.IsExplicitBoolean);
        var or = Assert.IsType<OrNode>(q.Text);
        Assert.IsType<AndNode>(or.Children[0]);
        Assert.Equal(new TermNode("c"), or.Children[1]);
    }

    [Fact]
    public void Phrases_negation_and_groups()
    {
        var q = QueryParser.Parse("\"rare books\" -digital (NLC OR 国图)");
        var and = Assert.IsType<AndNode>(q.Text);
        Assert.Equal(new PhraseNode("rare books"), and.Children[0]);
        Assert.Equal(new NotNode(new TermNode("digital")), and.Children[1]);
        Assert.IsType<OrNode>(and.Children[2]);
    }

    [Fact]
    public void Fields_become_filters_and_title_stays_in_the_text()
    {
        var q = QueryParser.Parse("title:meeting lang:en date:2020-05..2021-03 institution:\"Shanghai Library\" -type:news");
        Assert.Equal(new TermNode("meeting", TitleOnly: true), q.Text);
        Assert.Contains(new QueryFilter("lang", "en"), q.Filters);
        Assert.Contains(new QueryFilter("date", "2020-05..2021-03"), q.Filters);
        Assert.Contains(new QueryFilter("institution", "Shanghai Library"), q.Filters);
        Assert.Contains(new QueryFilter("type", "news", Negated: true), q.Filters);
    }

    /// <summary>Excluding a type or language filters records; it is no reason to match the words strictly.</summary>
    [Theory]
    [InlineData("archives meeting -type:news")]
    [InlineData("archives meeting NOT lang:en")]
    [InlineData("archives meeting -(type:news)")]
    [InlineData("archives meeting NOT (lang:en)")]
    public void A_negated_filter_leaves_the_words_plain(string query)
    {
        var q = QueryParser.Parse(query);
        Assert.False(q.IsExplicitBoolean);
        Assert.Single(q.Filters, f => f.Negated);
        Assert.Equal(new AndNode([new TermNode("archives"), new TermNode("meeting")]), q.Text, new NodeComparer());
    }

    /// <summary>A field the portal does not have is searched as the words it names, and the visitor is told.</summary>
    [Fact]
    public void An_unknown_field_searches_its_value_and_says_so()
    {
        var q = QueryParser.Parse("body:meeting");
        Assert.Equal(new TermNode("meeting"), q.Text, new NodeComparer());
        Assert.Contains(q.Messages, m => m.ToString().Contains("“body:” is not a field"));
        Assert.Equal([SearchNotes.UnknownField("body", "meeting")], q.Messages);

        Assert.Empty(QueryParser.Parse("10:30 meeting").Messages);
        Assert.Empty(QueryParser.Parse("http://www.nlc.cn").Messages);
    }

    [Theory]
    [InlineData("lang:", "lang:vi")]
    [InlineData("person:", "person:\"Rao Quan\"")]
    [InlineData("date:", "date:2021")]
    public void An_empty_field_is_ignored_with_an_example_of_that_field(string query, string example)
    {
        var q = QueryParser.Parse(query);
        Assert.Empty(q.Filters);
        Assert.Contains(q.Messages, m => m.ToString().Contains("e.g. " + example + ";"));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR NOT")]
    [InlineData("\"\"")]
    public void A_query_of_operators_alone_says_it_shows_everything(string query)
    {
        var q = QueryParser.Parse(query);
        Assert.Null(q.Text);
        Assert.Equal([$"“{query}” has no words to search for; showing every record."], q.Messages.Select(m => m.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lang:vi")]
    public void An_empty_query_or_filters_alone_browse_without_a_note(string query) =>
        Assert.Empty(QueryParser.Parse(query).Messages);

    [Fact]
    public void A_wildcard_is_noted_once()
    {
        Assert.Single(QueryParser.Parse("lib* arch?ves").Messages, m => m.ToString().StartsWith("Wildcards"));
        Assert.DoesNotContain(QueryParser.Parse("library * archives").Messages, m => m.Code == SearchNotes.Codes.Wildcard);
    }

    [Fact]
    public void Month_is_another_name_for_a_date_filter()
    {
        Assert.Equal([new QueryFilter("date", "2021-01")], QueryParser.Parse("month:2021-01").Filters);
    }

    /// <summary>A visitor who excludes a group of filters must not get exactly what they excluded.</summary>
    [Fact]
    public void Filters_in_a_negated_group_are_negated_and_negation_twice_is_none()
    {
        var q = QueryParser.Parse("cats -(type:news OR lang:en) NOT (-topic:music) (institution:nlc)");
        Assert.Equal(
            [new QueryFilter("type", "news", Negated: true), new QueryFilter("lang", "en", Negated: true),
             new QueryFilter("topic", "music"), new QueryFilter("institution", "nlc")],
            q.Filters);
        Assert.Equal(new TermNode("cats"), q.Text, new NodeComparer());
    }

    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-05", "2020-05-01", "2020-05-31")]
    [InlineData("2020-02-29", "2020-02-29", "2020-02-29")]
    [InlineData("2020-05..2021-03", "2020-05-01", "2021-03-31")]
    [InlineData("..2019", "0001-01-01", "2019-12-31")]
    public void Date_ranges(string value, string from, string to)
    {
        var r = DateRange.Parse(value);
        Assert.NotNull(r);
        Assert.Equal(DateOnly.Parse(from), r!.Value.From);
        Assert.Equal(DateOnly.Parse(to), r.Value.To);
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("abc")]
    [InlineData("2022..2020")]
    public void Bad_dates_are_rejected(string value) => Assert.Null(DateRange.Parse(value));

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND")]
    [InlineData("OR OR AND NOT")]
    [InlineData("NEAR(a b")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("-")]
    [InlineData("((((((a")]
    [InlineData("a)))")]
    [InlineData("'; DROP TABLE records; --")]
    [InlineData("date:notadate")]
    [InlineData("\u0000\u0001\u001f")]
    public void Hostile_queries_parse_without_throwing(string query)
    {
        var q = QueryParser.Parse(query);
        Assert.NotNull(q);
    }

    [Fact]
    public void Unbalanced_quote_runs_to_the_end_with_a_message()
    {
        var q = QueryParser.Parse("\"work meeting");
        Assert.Equal(new PhraseNode("work meeting"), q.Text);
        Assert.Equal([SearchNotes.UnclosedQuote()], q.Messages);
    }

    [Fact]
    public void Very_long_and_deeply_nested_queries_are_bounded()
    {
        var q = QueryParser.Parse(new string('(', 5000) + "a" + new string(')', 5000));
        Assert.NotNull(q);
        var ten = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("word", 2500)));
        Assert.NotEmpty(ten.Messages);
    }

    [Fact]
    public void Random_queries_never_throw()
    {
        var random = new Random(11);
        const string alphabet = "ab \"()-:*ANDORNOT国图 lang:title:date:..2020";
        for (int i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            _ = QueryParser.Parse(new string(chars));
        }
    }

    sealed class NodeComparer : IEqualityComparer<QueryNode?>
    {
        public bool Equals(QueryNode? x, QueryNode? y) => Render(x) == Render(y);
        public int GetHashCode(QueryNode? obj) => Render(obj).GetHashCode();

        static string Render(QueryNode? n) => n switch
        {
            AndNode a => "AND(" + string.Join(",", a.Children.Select(Render)) + ")",
            OrNode o => "OR(" + string.Join(",", o.Children.Select(Render)) + ")",
            NotNode x => "NOT(" + Render(x.Child) + ")",
            _ => n?.ToString() ?? "null",
        };
    }
}
