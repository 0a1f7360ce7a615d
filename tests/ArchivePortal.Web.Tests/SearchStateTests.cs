using ArchivePortal.Core.Querying;
using ArchivePortal.Core.Search;
using ArchivePortal.Web.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ArchivePortal.Web.Tests;

public sealed class SearchStateTests
{
    static SearchState From(string query) => SearchState.From(new QueryCollection(
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(kv => kv.Key, kv => kv.Value)));

    [Fact]
    public void Reads_and_writes_the_same_url()
    {
        var s = From("?q=饶权&f=institution:nlc&f=year:2021&sort=oldest&page=3");
        Assert.Equal("饶权", s.Query);
        Assert.Equal([new SelectedFilter("institution", "nlc"), new SelectedFilter("year", "2021")], s.Filters);
        Assert.Equal(SearchSort.Oldest, s.Sort);
        Assert.Equal(3, s.Page);
        Assert.Equal("/search?q=%E9%A5%B6%E6%9D%83&f=institution:nlc&f=year:2021&sort=oldest&page=3", s.Url());
    }

    [Theory]
    [InlineData("?f=bogus:1&f=year:&f=:x&f=nocolon&page=-4&sort=sideways")]
    [InlineData("?page=99999999999")]
    public void Odd_parameters_fall_back_to_defaults(string query)
    {
        var s = From(query);
        Assert.Empty(s.Filters);
        Assert.Equal(SearchSort.Relevance, s.Sort);
        Assert.InRange(s.Page, 1, SearchState.MaxPage);
    }

    [Theory]
    [InlineData("year:2021", true)]
    [InlineData("month:2021-05", true)]
    [InlineData("year:abcd", false)]
    [InlineData("year:-1", false)]
    [InlineData("year:0000", false)]
    [InlineData("year:20-1", false)]
    [InlineData("year:2021-05", false)]
    [InlineData("month:2021-13", false)]
    [InlineData("month:2021", false)]
    [InlineData("month:2021-05-01", false)]
    public void Years_and_months_are_taken_only_as_their_facets_write_them(string text, bool valid)
    {
        var s = From("?f=" + text);
        Assert.Equal(valid, s.Filters.Count == 1);
        Assert.Equal(valid ? [] : [text], s.Ignored.Invalid);
    }

    [Fact]
    public void Filters_past_the_limit_are_counted_once_however_they_are_spelled()
    {
        var within = string.Join("&", Enumerable.Range(1400, SearchState.MaxFilters).Select(y => "f=year:" + y));
        var s = From("?" + within + "&f=year:1900&f=Year:1900&f=year:1900&f=lang:vi");
        Assert.Equal(SearchState.MaxFilters, s.Filters.Count);
        Assert.Equal(2, s.Ignored.OverLimit);
    }

    [Fact]
    public void Years_and_months_become_date_filters_and_a_month_replaces_its_year()
    {
        var s = new SearchState { Filters = [new("year", "2021"), new("month", "2021-05"), new("year", "2019"), new("lang", "zh"), new("person", "rao-quan")] };
        Assert.Equal(
            [new QueryFilter(FilterFields.Date, "2021-05"), new QueryFilter(FilterFields.Date, "2019"), new QueryFilter(FilterFields.Language, "zh"), new QueryFilter(FilterFields.Person, "rao-quan")],
            s.ToRequest().Filters);
    }

    [Fact]
    public void Removing_a_year_removes_its_months_and_toggling_returns_to_page_one()
    {
        var s = new SearchState { Query = "x", Page = 4, Filters = [new("year", "2021"), new("month", "2021-05"), new("month", "2020-01")] };
        var t = s.Toggle("year", "2021");
        Assert.Equal([new SelectedFilter("month", "2020-01")], t.Filters);
        Assert.Equal(1, t.Page);
    }

    [Fact]
    public void Paging_asks_the_index_for_the_right_slice()
    {
        var r = new SearchState { Page = 3 }.ToRequest();
        Assert.Equal(20, r.Offset);
        Assert.Equal(SearchState.PageSize, r.Limit);
    }
}

public sealed class AdvancedQueryTests
{
    [Fact]
    public void Each_field_becomes_query_language()
    {
        var q = new AdvancedQuery
        {
            All = "ancient  books", Any = "plan agreement", None = "draft", Phrase = "work meeting", TitleOnly = true,
            Institution = "National Library of China", Topic = "digitization", From = "2020", To = "", Lang = "vi", Type = "news",
        };
        Assert.Equal("title:ancient title:books title:\"work meeting\" (title:plan OR title:agreement) -draft institution:\"National Library of China\" topic:digitization date:2020.. lang:vi type:news", q.ToQuery());
    }

    [Fact]
    public void Operators_and_quotes_typed_into_fields_are_taken_as_words()
    {
        Assert.Equal("a b", new AdvancedQuery { All = "a AND \"b" }.ToQuery());
        Assert.Equal("date:2021-03", new AdvancedQuery { From = "2021-03", To = "2021-03" }.ToQuery());
        Assert.True(new AdvancedQuery { All = "  ", Lang = "" }.IsEmpty);
    }
}
